import { useEffect, useRef } from 'react';
import type { Job } from '@/api/imageGeneration';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Spinner } from '@/components/ui/Spinner';
import { ApiError } from '@/lib/apiClient';
import { useJobLineage } from '../api/get-job-lineage';
import { useElapsedSeconds } from '../hooks/use-elapsed-seconds';
import type { GenerationActions } from '../hooks/use-generation-actions';
import { CandidateGrid } from './CandidateGrid';
import { GeneratedImageDisplay } from './GeneratedImageDisplay';
import { JobLineage } from './JobLineage';
import { RefineDialog } from './RefineDialog';

interface GenerationResultProps {
  jobId: string | null;
  job: { data: Job | undefined; isPending: boolean; error: unknown };
  /** The shown job is still queued or running. */
  running: boolean;
  candidates: Job[];
  actions: GenerationActions;
  /** The job whose poster is the identity's current image. */
  identityJobId: string | null;
  offline: boolean;
  compareIds: string[];
  onToggleCompare: (jobId: string) => void;
  onOpen: (jobId: string) => void;
  onUseSettings: (job: Job) => void;
  /** Changed after each Generate: the result is scrolled to and focused (its status comes first). */
  revealKey: number;
}

/** The poster shown (or being drawn), its refinement and lineage, and a batch's candidates. */
export function GenerationResult(props: GenerationResultProps) {
  const { jobId, job, running, candidates, actions, identityJobId, onOpen } = props;
  const { generate, save, refine, cancel, star } = actions;
  const region = useRef<HTMLDivElement>(null);
  const elapsed = useElapsedSeconds(job.data);
  const lineage = useJobLineage(jobId);

  useEffect(() => {
    if (!props.revealKey || !region.current) return;
    region.current.scrollIntoView?.({ block: 'start' });
    region.current.focus({ preventScroll: true });
  }, [props.revealKey]);

  const notFound = job.error instanceof ApiError && job.error.status === 404;
  const shown = job.data;
  return (
    <div ref={region} tabIndex={-1} role="region" aria-label="Result" className="scroll-mt-16 space-y-5 focus:outline-none">
      {jobId && job.isPending ? <Spinner label="Loading the image job…" /> : null}
      {jobId && notFound ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-800">
          The poster in this address does not exist; it may have been deleted. Choose one from the history below.
        </p>
      ) : null}
      {jobId && !notFound ? <ErrorMessage error={job.error} /> : null}
      {jobId && shown && !job.error ? (
        <GeneratedImageDisplay
          job={shown}
          elapsedSeconds={elapsed}
          onSave={() => actions.saveJob(shown.id)}
          isSaving={save.isPending}
          saveError={save.error}
          savedNow={save.isSuccess && save.variables.jobId === shown.id}
          onUseSettings={() => props.onUseSettings(shown)}
          isCurrent={identityJobId === shown.id}
          onRegenerate={() => actions.regenerate(shown)}
          canRegenerate={!running && !generate.isPending}
        />
      ) : null}
      {shown ? (
        <RefineDialog
          key={shown.id}
          job={shown}
          offline={props.offline}
          disabled={running || generate.isPending}
          isPending={refine.isPending}
          error={refine.error}
          onRefine={(instruction) => actions.refineJob(shown.id, instruction)}
        />
      ) : null}
      {jobId && shown ? <JobLineage jobId={jobId} lineage={lineage.data} error={lineage.error} onSelect={onOpen} /> : null}
      {candidates.length > 1 ? (
        <CandidateGrid
          jobs={candidates}
          actions={{
            currentJobId: identityJobId,
            compareIds: props.compareIds,
            onToggleCompare: props.onToggleCompare,
            onCancel: (id) => cancel.mutate({ id }),
            onStar: (id, starred) => star.mutate({ jobId: id, starred }),
            onUse: actions.saveJob,
            onOpen,
            busyJobId: save.isPending ? (save.variables?.jobId ?? null) : cancel.isPending ? (cancel.variables?.id ?? null) : null,
          }}
        />
      ) : null}
    </div>
  );
}
