import { useState } from 'react';
import type { Job } from '@/api/imageGeneration';
import { LikenessBadge } from '@/components/LikenessBadge';
import { Button, focusRing } from '@/components/ui/Button';
import { byLikeness } from '@/lib/likeness';
import { OrderSelect } from '@/components/OrderSelect';
import { jobAspect, jobSettingsText, jobStatusText } from '@/lib/jobText';
import { useIsFinished } from '../api/get-generation-options';
import { useElapsedSeconds } from '../hooks/use-elapsed-seconds';

export interface CandidateActions {
  /** The job whose poster is the identity's current image. */
  currentJobId: string | null;
  compareIds: string[];
  onToggleCompare: (jobId: string) => void;
  onCancel: (jobId: string) => void;
  onStar: (jobId: string, starred: boolean) => void;
  onUse: (jobId: string) => void;
  onOpen: (jobId: string) => void;
  busyJobId: string | null;
}

/** "Candidate 2 of 3 for Creative Visionary": names the poster for screen readers. */
export function candidateLabel(job: Job, index: number, count: number): string {
  return `Candidate ${index + 1} of ${count} for ${job.identity.name}`;
}

function CandidateTile({ job, index, count, actions }: { job: Job; index: number; count: number; actions: CandidateActions }) {
  const elapsed = useElapsedSeconds(job);
  const isFinished = useIsFinished();
  const label = candidateLabel(job, index, count);
  const current = actions.currentJobId === job.id;
  const comparing = actions.compareIds.includes(job.id);
  const busy = actions.busyJobId === job.id;
  return (
    <li aria-label={label} className="flex flex-col rounded-lg border border-slate-200 bg-white p-2">
      <div className="flex items-center justify-between gap-2 text-xs">
        <span className="font-medium">Candidate {index + 1}</span>
        {current ? <span className="rounded bg-green-100 px-1.5 py-0.5 font-medium text-green-900">Current</span> : null}
      </div>
      <div
        className="mt-1 flex w-full items-center justify-center overflow-hidden rounded bg-slate-100"
        style={{ aspectRatio: jobAspect(job) }}
      >
        {job.status === 'succeeded' && job.image ? (
          <img src={job.image.medium} alt={label} className="h-full w-full object-contain" />
        ) : (
          <p className={`p-2 text-center text-xs ${job.status === 'failed' ? 'text-red-800' : 'text-slate-700'}`}>
            {jobStatusText(job)}
            {!isFinished(job) ? ` ${elapsed} s` : ''}
          </p>
        )}
      </div>
      <p className="mt-1 text-xs text-slate-600">
        {jobStatusText(job).split(':')[0]} · {jobSettingsText(job)}
      </p>
      <LikenessBadge job={job} />
      <div className="mt-2 flex flex-wrap gap-1.5">
        {!isFinished(job) ? (
          <Button
            variant="secondary"
            className="px-2 py-1"
            aria-label={`Cancel candidate ${index + 1}`}
            onClick={() => actions.onCancel(job.id)}
            disabled={busy || Boolean(job.cancel_requested)}
          >
            Cancel
          </Button>
        ) : null}
        {job.status === 'succeeded' && job.image ? (
          <>
            <Button
              variant="secondary"
              className="px-2 py-1"
              aria-pressed={job.starred}
              aria-label={`Star candidate ${index + 1}`}
              onClick={() => actions.onStar(job.id, !job.starred)}
            >
              <span aria-hidden="true">{job.starred ? '★' : '☆'}</span> Star
            </Button>
            <Button
              className="px-2 py-1"
              aria-label={`${current ? 'In use' : 'Use this one'} (candidate ${index + 1})`}
              onClick={() => actions.onUse(job.id)}
              disabled={current || busy}
            >
              {current ? 'In use' : 'Use this one'}
            </Button>
            <a
              href={job.download_url ?? job.image.full_size}
              aria-label={`Download candidate ${index + 1}`}
              className={`inline-flex items-center rounded-md border border-slate-300 bg-white px-2 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 ${focusRing}`}
            >
              Download
            </a>
            <Button variant="ghost" className="px-2 py-1" aria-label={`Open candidate ${index + 1}`} onClick={() => actions.onOpen(job.id)}>
              Open
            </Button>
            <label className="inline-flex items-center gap-1 text-sm">
              <input
                type="checkbox"
                aria-label={`Compare candidate ${index + 1}`}
                checked={comparing}
                onChange={() => actions.onToggleCompare(job.id)}
                className={focusRing}
              />
              Compare
            </label>
          </>
        ) : null}
      </div>
    </li>
  );
}

/** One click's candidates, each with its own state and actions, as they are drawn. */
export function CandidateGrid({ jobs, actions }: { jobs: Job[]; actions: CandidateActions }) {
  const [order, setOrder] = useState<'number' | 'likeness'>('number');
  const isFinished = useIsFinished();
  // Candidate 1 is the first job the click made, whatever order they are shown in.
  const created = [...jobs].sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id));
  const shown = order === 'likeness' ? [...created].sort(byLikeness) : created;
  const done = created.filter((job) => isFinished(job)).length;
  return (
    <section aria-labelledby="candidates-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="candidates-heading" className="text-lg font-semibold">
          Candidates
        </h2>
        <OrderSelect
          label="Order"
          value={order}
          choices={{ number: 'Candidate number', likeness: 'Likeness, highest first' }}
          onChange={setOrder}
        />
      </div>
      <p role="status" className="text-sm text-slate-600">
        {done} of {created.length} finished
      </p>
      <ul className="mt-3 grid grid-cols-1 gap-3 p-1 sm:grid-cols-2 lg:grid-cols-4">
        {shown.map((job) => (
          <CandidateTile key={job.id} job={job} index={created.indexOf(job)} count={created.length} actions={actions} />
        ))}
      </ul>
    </section>
  );
}
