import { useId } from 'react';
import { focusRing } from '@/components/ui/Button';

interface OrderSelectProps<T extends string> {
  label: string;
  value: T;
  choices: Record<T, string>;
  onChange: (value: T) => void;
}

/** A labelled select that orders a list of posters ("Newest first", "Likeness, highest first"). */
export function OrderSelect<T extends string>({ label, value, choices, onChange }: OrderSelectProps<T>) {
  const id = useId();
  return (
    <label htmlFor={id} className="flex items-center gap-2 text-sm text-slate-700">
      {label}
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value as T)}
        className={`rounded-md border border-slate-300 bg-white px-2 py-1 text-sm ${focusRing}`}
      >
        {(Object.keys(choices) as T[]).map((choice) => (
          <option key={choice} value={choice}>
            {choices[choice]}
          </option>
        ))}
      </select>
    </label>
  );
}
