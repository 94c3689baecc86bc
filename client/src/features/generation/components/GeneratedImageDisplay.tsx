import type { Job } from '@/api/imageGeneration';
import { Button, focusRing } from '@/components/ui/Button';
import { DeletionDate } from '@/components/DeletionDate';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { LikenessBadge } from '@/components/LikenessBadge';
import { LIKENESS_EXPLANATION } from '@/lib/likeness';

/** After this long in the queue the page says why a job may wait (busy or unreachable workers). */
export const LONG_QUEUE_S = 30;

/** What the live region announces: the state only, so a screen reader hears each change once. */
function statusText(job: Job): string {
  if (job.status === 'queued') return 'Waiting to start.';
  if (job.status === 'running') return 'Generating the poster.';
  return '';
}

interface GeneratedImageDisplayProps {
  job: Job;
  elapsedSeconds: number;
  onSave: () => void;
  isSaving: boolean;
  saveError: unknown;
  savedNow: boolean;
  /** Its poster is the identity's current image (read from the identity, not the job). */
  isCurrent: boolean;
  onRegenerate: () => void;
  canRegenerate: boolean;
  /** Put this job's prompt and settings into the form. */
  onUseSettings: () => void;
}

export function GeneratedImageDisplay({
  job,
  elapsedSeconds,
  onSave,
  isSaving,
  saveError,
  savedNow,
  isCurrent,
  onRegenerate,
  canRegenerate,
  onUseSettings,
}: GeneratedImageDisplayProps) {
  const saved = isCurrent;
  return (
    <section aria-labelledby="result-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="result-heading" className="text-lg font-semibold">
        Generated image
      </h2>
      <p className="text-sm text-slate-700">
        {job.identity.name} · {job.aspect_ratio} · {job.resolution} · {new Date(job.created_at).toLocaleString()}
      </p>
      <p className="mt-1 text-sm text-slate-700">
        Additional prompt: {job.additional_prompt ? <q>{job.additional_prompt}</q> : <span className="text-slate-600">none</span>}
        {job.instruction ? (
          <>
            {' '}
            · Refinement: <q>{job.instruction}</q>
          </>
        ) : null}
      </p>
      <details className="mt-1 text-sm text-slate-700">
        <summary className={`cursor-pointer rounded ${focusRing}`}>Full prompt sent to the provider</summary>
        <p className="mt-1 whitespace-pre-wrap rounded-md bg-slate-50 p-2 text-xs text-slate-800">{job.prompt || 'No prompt was recorded.'}</p>
      </details>
      <Button variant="ghost" onClick={onUseSettings} className="mt-1">
        Use these settings
      </Button>
      <div className="mt-3">
        {job.status === 'queued' || job.status === 'running' ? (
          <div className="flex items-center gap-3 rounded-md bg-indigo-50 p-4 text-sm text-indigo-900">
            <span aria-hidden="true" className="inline-block h-5 w-5 animate-spin rounded-full border-2 border-indigo-200 border-t-indigo-600" />
            <span role="status">{statusText(job)}</span>
            {/* The counter is seen, not announced every second. */}
            <span>{elapsedSeconds} s</span>
          </div>
        ) : null}
        {job.status === 'queued' && elapsedSeconds >= LONG_QUEUE_S ? (
          <p className="mt-2 text-sm text-slate-700">
            Every worker is busy or the queue is catching up; the job starts by itself as soon as one is free, so you can leave this page and come back.
          </p>
        ) : null}
        {job.status === 'cancelled' ? (
          <p role="status" className="rounded-md bg-slate-50 p-4 text-sm text-slate-700">
            This job was cancelled before it finished. {job.error_message}
          </p>
        ) : null}
        {job.status === 'failed' ? (
          <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-800">
            <p className="font-medium">The image could not be generated.</p>
            <p className="mt-1">{job.error_message || 'No reason was given.'}</p>
          </div>
        ) : null}
      </div>
      {job.status === 'succeeded' && job.image ? (
        <>
          <img
            src={job.image.medium}
            alt={`Generated poster for the identity ${job.identity.name}`}
            width={job.width ?? undefined}
            height={job.height ?? undefined}
            className="mx-auto mt-3 h-auto max-h-[70vh] w-auto max-w-full rounded-md bg-slate-100"
          />
          <div className="mt-2 space-y-1">
            <LikenessBadge job={job} explainMissing />
            <p className="text-xs text-slate-600">{LIKENESS_EXPLANATION}</p>
          </div>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button onClick={onSave} disabled={saved || isSaving}>
              {saved ? 'Saved to identity' : isSaving ? 'Saving…' : 'Save to Identity'}
            </Button>
            {job.download_url ? (
              // The server names the file (person, identity, date) and records the download.
              <a
                href={job.download_url}
                className={`inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 ${focusRing}`}
              >
                Download
              </a>
            ) : null}
            <a
              href={job.image.full_size}
              target="_blank"
              rel="noreferrer"
              className={`inline-flex items-center rounded-md px-4 py-2 text-sm font-medium text-indigo-800 underline hover:bg-slate-100 ${focusRing}`}
            >
              Open full size
            </a>
            <Button variant="secondary" onClick={onRegenerate} disabled={!canRegenerate}>
              Regenerate
            </Button>
          </div>
          {saved ? null : <DeletionDate deletesAt={job.deletes_at} unless="unless saved to the identity" />}
          {savedNow ? (
            <p role="status" className="mt-2 text-sm text-green-800">
              Saved as the image of {job.identity.name}.
            </p>
          ) : null}
          <ErrorMessage error={saveError} className="mt-2" />
        </>
      ) : null}
      {job.status === 'failed' ? (
        <div className="mt-3">
          <Button variant="secondary" onClick={onRegenerate} disabled={!canRegenerate}>
            Try again
          </Button>
        </div>
      ) : null}
    </section>
  );
}
