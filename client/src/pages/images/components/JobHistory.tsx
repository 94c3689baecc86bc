import type { Job } from '@/api/imageGeneration';
import { focusRing } from '@/components/ui/Button';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Spinner } from '@/components/ui/Spinner';

interface JobHistoryProps {
  jobs: Job[] | undefined;
  isPending: boolean;
  error: unknown;
  currentJobId: string | null;
  onSelect: (jobId: string) => void;
}

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

export function JobHistory({ jobs, isPending, error, currentJobId, onSelect }: JobHistoryProps) {
  return (
    <section aria-labelledby="history-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="history-heading" className="text-lg font-semibold">
        History
      </h2>
      {isPending ? <Spinner label="Loading earlier images…" /> : null}
      <ErrorMessage error={error} className="mt-2" />
      {jobs && jobs.length === 0 ? <p className="mt-2 text-sm text-slate-600">No earlier images for this identity.</p> : null}
      {jobs && jobs.length > 0 ? (
        <ul className="mt-3 flex gap-3 overflow-x-auto pb-2">
          {jobs.map((job) => {
            const current = job.id === currentJobId;
            return (
              <li key={job.id} className="flex-none">
                <button
                  type="button"
                  onClick={() => onSelect(job.id)}
                  aria-pressed={current}
                  title={when(job.created_at)}
                  className={`flex w-28 flex-col items-stretch rounded-md border p-1 text-left text-xs ${focusRing} ${
                    current ? 'border-indigo-600 ring-1 ring-indigo-600' : 'border-slate-200 hover:border-slate-400'
                  }`}
                >
                  {job.status === 'succeeded' && job.image ? (
                    <img
                      src={job.image.thumbnail}
                      alt={`Generated on ${when(job.created_at)}`}
                      className="aspect-square w-full rounded object-cover"
                      loading="lazy"
                    />
                  ) : (
                    <span
                      className={`flex aspect-square w-full items-center justify-center rounded p-1 text-center ${
                        job.status === 'failed' ? 'bg-red-50 text-red-800' : 'bg-slate-100 text-slate-600'
                      }`}
                    >
                      {job.status === 'failed' ? `Failed: ${job.error_message || 'no reason given'}` : `${job.status}…`}
                    </span>
                  )}
                  <span className="mt-1 truncate text-slate-600">{when(job.created_at)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
