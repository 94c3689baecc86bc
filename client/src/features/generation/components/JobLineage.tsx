import type { Job, JobLineage as Lineage } from '@/api/imageGeneration';
import { focusRing } from '@/components/ui/Button';
import { ErrorMessage } from '@/components/ui/ErrorMessage';

interface JobLineageProps {
  jobId: string;
  lineage: Lineage | undefined;
  error: unknown;
  onSelect: (jobId: string) => void;
}

function label(job: Job): string {
  return job.depth === 0 ? 'First poster' : `Refinement: ${job.instruction}`;
}

function Poster({ job, heading }: { job: Job | undefined; heading: string }) {
  return (
    <figure className="min-w-0 flex-1">
      <figcaption className="text-sm font-medium text-slate-700">{heading}</figcaption>
      {job?.image ? (
        <img
          src={job.image.medium}
          alt={`${heading}: ${label(job)}`}
          className="mt-1 h-auto w-full rounded-md bg-slate-100"
        />
      ) : (
        <p className="mt-1 rounded-md bg-slate-100 p-4 text-sm text-slate-600">{job ? `${job.status}…` : ''}</p>
      )}
      {job ? <p className="mt-1 text-xs text-slate-600">{label(job)}</p> : null}
    </figure>
  );
}

/** Where this poster comes from: each step with its instruction, and the parent beside it. */
export function JobLineage({ jobId, lineage, error, onSelect }: JobLineageProps) {
  const chain = lineage?.chain ?? [];
  const index = chain.findIndex((step) => step.job.id === jobId);
  const current = chain[index]?.job;
  const parent = index > 0 ? chain[index - 1]?.job : undefined;
  const children = chain[index]?.children ?? [];
  if (error) return <ErrorMessage error={error} />;
  if (!current || (chain.length < 2 && children.length === 0)) return null;
  return (
    <section aria-labelledby="lineage-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="lineage-heading" className="text-lg font-semibold">
        Lineage
      </h2>
      <ol className="mt-2 space-y-1 text-sm">
        {chain.map((step) => (
          <li key={step.job.id} style={{ paddingLeft: `${step.job.depth * 1.25}rem` }}>
            {step.job.id === jobId ? (
              <span aria-current="true" className="font-semibold">
                {label(step.job)} (shown)
              </span>
            ) : (
              <button type="button" onClick={() => onSelect(step.job.id)} className={`text-indigo-700 underline ${focusRing}`}>
                {label(step.job)}
              </button>
            )}
          </li>
        ))}
        {children.map((child) => (
          <li key={child.id} style={{ paddingLeft: `${child.depth * 1.25}rem` }}>
            <button type="button" onClick={() => onSelect(child.id)} className={`text-indigo-700 underline ${focusRing}`}>
              {label(child)} ({child.status})
            </button>
          </li>
        ))}
      </ol>
      {parent ? (
        <div className="mt-3 flex flex-col gap-3 sm:flex-row" aria-label="Parent and refinement side by side" role="group">
          <Poster job={parent} heading="Before" />
          <Poster job={current} heading="After" />
        </div>
      ) : null}
    </section>
  );
}
