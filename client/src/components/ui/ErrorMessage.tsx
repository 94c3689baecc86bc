import { ApiError, errorMessage } from '@/lib/apiClient';

/** The API's detail sentence, and its per-field messages when asked. */
export function ErrorMessage({ error, className = '', showFields = true }: { error: unknown; className?: string; showFields?: boolean }) {
  if (!error) return null;
  const fields = showFields && error instanceof ApiError ? Object.entries(error.fields) : [];
  return (
    <div role="alert" className={`rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 ${className}`}>
      <p>{errorMessage(error)}</p>
      {fields.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {fields.map(([name, messages]) => (
            <li key={name}>
              {name.replace(/_/g, ' ')}: {messages.join(' ')}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
