import { useState, type ReactNode } from 'react';
import type { Job } from '@/api/imageGeneration';
import { LikenessBadge } from '@/components/LikenessBadge';
import { Button, focusRing } from '@/components/ui/Button';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Spinner } from '@/components/ui/Spinner';
import { byLikeness } from '@/lib/likeness';
import { jobAspect, jobSettingsText, jobStatusText, when, whenShort } from '@/lib/jobText';
import { OrderSelect } from '@/components/OrderSelect';

interface JobHistoryProps {
  jobs: Job[] | undefined;
  /** How many jobs match, across every page. */
  total: number | undefined;
  isPending: boolean;
  error: unknown;
  currentJobId: string | null;
  /** The job whose poster is the identity's current image. */
  identityJobId: string | null;
  onSelect: (jobId: string) => void;
  onLoadMore: () => void;
  isLoadingMore: boolean;
  filters?: ReactNode;
  /** Given while a filter is on: the empty history then says so and offers to clear them. */
  onClearFilters?: () => void;
  compareIds: string[];
  onToggleCompare: (jobId: string) => void;
}

type Order = 'newest' | 'likeness';

export function JobHistory({
  jobs,
  total,
  isPending,
  error,
  currentJobId,
  identityJobId,
  onSelect,
  onLoadMore,
  isLoadingMore,
  filters,
  onClearFilters,
  compareIds,
  onToggleCompare,
}: JobHistoryProps) {
  const [order, setOrder] = useState<Order>('newest');
  const shown = jobs?.length ?? 0;
  const ordered = order === 'likeness' && jobs ? [...jobs].sort(byLikeness) : jobs;
  return (
    <section aria-labelledby="history-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="history-heading" className="text-lg font-semibold">
          History
        </h2>
        <OrderSelect
          label="Sort"
          value={order}
          choices={{ newest: 'Newest first', likeness: 'Likeness, highest first' }}
          onChange={setOrder}
        />
      </div>
      {filters}
      {isPending ? <Spinner label="Loading earlier images…" /> : null}
      <ErrorMessage error={error} className="mt-2" />
      {jobs && jobs.length === 0 && onClearFilters ? (
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-600">
          No poster matches these filters.
          <Button variant="secondary" className="px-2 py-1 text-xs" onClick={onClearFilters}>
            Clear filters
          </Button>
        </p>
      ) : null}
      {jobs && jobs.length === 0 && !onClearFilters ? (
        <p className="mt-2 text-sm text-slate-600">No earlier images for this identity.</p>
      ) : null}
      {jobs && jobs.length > 0 ? (
        <>
          <p className="mt-2 text-sm text-slate-600">
            Showing {shown} of {total ?? shown}
          </p>
          {/* Padding inside the scroller, so a tile's focus ring is not cut off. */}
          <ul className="mt-2 flex gap-3 overflow-x-auto p-2">
            {(ordered ?? []).map((job) => {
              const open = job.id === currentJobId;
              const inUse = job.id === identityJobId;
              return (
                <li
                  key={job.id}
                  className={`flex w-36 flex-none flex-col gap-1 ${job.parent_id ? 'border-l-2 border-indigo-200 pl-2' : ''}`}
                >
                  <button
                    type="button"
                    onClick={() => onSelect(job.id)}
                    aria-pressed={open}
                    title={when(job.created_at)}
                    className={`flex flex-col items-stretch rounded-md border p-1 text-left text-xs ${focusRing} ${
                      open ? 'border-indigo-600 ring-1 ring-indigo-600' : 'border-slate-200 hover:border-slate-400'
                    }`}
                  >
                    <span
                      className="flex w-full items-center justify-center overflow-hidden rounded bg-slate-100"
                      style={{ aspectRatio: jobAspect(job) }}
                    >
                      {job.status === 'succeeded' && job.image ? (
                        <img
                          src={job.image.thumbnail}
                          alt={`Poster for ${job.identity.name} generated on ${when(job.created_at)}`}
                          className="h-full w-full object-contain"
                          loading="lazy"
                        />
                      ) : (
                        <span className={`line-clamp-4 p-1 text-center ${job.status === 'failed' ? 'text-red-800' : 'text-slate-600'}`}>
                          {jobStatusText(job)}
                        </span>
                      )}
                    </span>
                    <span className="mt-1 flex items-center justify-between gap-1">
                      <span>{jobStatusText(job).split(':')[0]}</span>
                      {inUse ? <span className="rounded bg-green-100 px-1 font-medium text-green-900">Current</span> : null}
                      {job.starred ? <span aria-label="Starred">★</span> : null}
                    </span>
                    <span className="text-slate-600">{jobSettingsText(job)}</span>
                    <span className="text-slate-600">{whenShort(job.created_at)}</span>
                    <LikenessBadge job={job} />
                    {job.parent_id ? (
                      <span className="truncate text-indigo-800" title={job.instruction}>
                        ↳ Refinement: {job.instruction}
                      </span>
                    ) : null}
                  </button>
                  {job.status === 'succeeded' && job.image ? (
                    <label className="inline-flex items-center gap-1 text-xs">
                      <input
                        type="checkbox"
                        aria-label={`Compare the poster of ${when(job.created_at)}`}
                        className={focusRing}
                        checked={compareIds.includes(job.id)}
                        onChange={() => onToggleCompare(job.id)}
                      />
                      Compare
                    </label>
                  ) : null}
                </li>
              );
            })}
          </ul>
          {total !== undefined && shown < total ? (
            <Button variant="secondary" className="mt-2" onClick={onLoadMore} disabled={isLoadingMore}>
              {isLoadingMore ? 'Loading…' : 'Load more'}
            </Button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
