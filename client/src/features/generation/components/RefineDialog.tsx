import { useId, useState } from 'react';
import type { Job } from '@/api/imageGeneration';
import { Button, focusRing } from '@/components/ui/Button';
import { ErrorMessage } from '@/components/ui/ErrorMessage';

export const MAX_INSTRUCTION_LENGTH = 1000;
export const EXAMPLE_INSTRUCTIONS = ['warmer light', 'plain background', 'closer crop'] as const;

interface RefineDialogProps {
  job: Job;
  offline: boolean;
  disabled: boolean;
  isPending: boolean;
  error: unknown;
  onRefine: (instruction: string) => void;
}

/** "Refine": an edit of this poster that keeps what was liked, rather than a new one. */
export function RefineDialog({ job, offline, disabled, isPending, error, onRefine }: RefineDialogProps) {
  const [open, setOpen] = useState(false);
  const [instruction, setInstruction] = useState('');
  const id = useId();
  if (job.status !== 'succeeded' || !job.image) return null;
  const trimmed = instruction.trim();
  return (
    <section aria-label="Refine this poster" className="rounded-lg border border-slate-200 bg-white p-4">
      <Button variant="secondary" aria-expanded={open} aria-controls={`${id}-form`} onClick={() => setOpen(!open)}>
        Refine
      </Button>
      {open ? (
        <form
          id={`${id}-form`}
          className="mt-3"
          onSubmit={(event) => {
            event.preventDefault();
            if (trimmed) onRefine(trimmed);
          }}
        >
          <label htmlFor={`${id}-instruction`} className="block text-sm font-medium">
            How should this poster change?
          </label>
          <textarea
            id={`${id}-instruction`}
            rows={2}
            maxLength={MAX_INSTRUCTION_LENGTH}
            value={instruction}
            onChange={(event) => setInstruction(event.target.value.slice(0, MAX_INSTRUCTION_LENGTH))}
            placeholder="For example: make the background a night sky"
            className={`mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm ${focusRing}`}
          />
          <div className="mt-2 flex flex-wrap gap-2" role="group" aria-label="Example instructions">
            {EXAMPLE_INSTRUCTIONS.map((example) => (
              <button
                key={example}
                type="button"
                onClick={() => setInstruction(example)}
                className={`rounded-full border border-slate-300 bg-slate-50 px-3 py-1 text-xs text-slate-700 hover:bg-slate-100 ${focusRing}`}
              >
                {example}
              </button>
            ))}
          </div>
          {offline ? (
            <p className="mt-2 text-xs text-slate-600">
              The offline provider only approximates a refinement: it draws the poster again in colours chosen from the
              instruction and shows the instruction as a caption.
            </p>
          ) : null}
          <div className="mt-3 flex items-center gap-3">
            <Button type="submit" disabled={disabled || isPending || !trimmed}>
              {isPending ? 'Starting…' : 'Refine poster'}
            </Button>
            <span className="text-xs text-slate-500">
              {instruction.length} / {MAX_INSTRUCTION_LENGTH}
            </span>
          </div>
          <ErrorMessage error={error} className="mt-2" />
        </form>
      ) : null}
    </section>
  );
}
