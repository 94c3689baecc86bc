import type { GenerationBatchOutput } from '@/api/generated/model';
import type { AspectRatio, Job, Resolution } from '@/api/imageGeneration';
import { useCancelJob } from '../api/cancel-job';
import { useGenerateImages } from '../api/generate-images';
import { useRefineJob } from '../api/refine-job';
import { useSaveToIdentity } from '../api/save-to-identity';
import { useStarJob } from '../api/star-job';
import { useOneRequestAtATime } from './use-one-request-at-a-time';

export interface StartInput {
  identityId: string;
  userId: string;
  prompt: string;
  aspect: AspectRatio | '';
  resolution: Resolution | '';
  count: number;
}

interface Callbacks {
  onStarted: (batch: GenerationBatchOutput) => void;
  onRefined: (child: Job) => void;
}

/**
 * What can be done to posters: start a batch, save, refine, cancel, star. The paid ones go
 * once per click with their Idempotency-Key (see useOneRequestAtATime).
 */
export function useGenerationActions({ onStarted, onRefined }: Callbacks) {
  const generate = useGenerateImages();
  const save = useSaveToIdentity();
  const refine = useRefineJob();
  const cancel = useCancelJob();
  const star = useStarJob();
  const generateOnce = useOneRequestAtATime();
  const saveOnce = useOneRequestAtATime();
  const refineOnce = useOneRequestAtATime();

  const start = (input: StartInput) => {
    const body = {
      identity_id: input.identityId,
      user_id: input.userId,
      additional_prompt: input.prompt.trim() || undefined,
      aspect_ratio: input.aspect || undefined,
      resolution: input.resolution || undefined,
      count: input.count,
    };
    const key = generateOnce.begin(JSON.stringify(body));
    if (!key) return; // a second click before the first answer
    save.reset();
    generate.mutate(
      { input: body, key },
      { onSuccess: onStarted, onSettled: (_batch, error) => generateOnce.end(error ?? undefined) },
    );
  };

  /** The same settings as a shown job, for one more poster. */
  const regenerate = (job: Job) =>
    start({
      identityId: job.identity.id,
      userId: job.user,
      prompt: job.additional_prompt ?? '',
      aspect: job.aspect_ratio,
      resolution: job.resolution,
      count: 1,
    });

  const saveJob = (jobId: string) => {
    const key = saveOnce.begin(jobId);
    if (!key) return;
    save.mutate({ jobId, key }, { onSettled: (_identity, error) => saveOnce.end(error ?? undefined) });
  };

  const refineJob = (jobId: string, instruction: string) => {
    const key = refineOnce.begin(`${jobId}\n${instruction}`);
    if (!key) return;
    refine.mutate(
      { jobId, input: { instruction }, key },
      { onSuccess: onRefined, onSettled: (_child, error) => refineOnce.end(error ?? undefined) },
    );
  };

  return { generate, save, refine, cancel, star, start, regenerate, saveJob, refineJob };
}

export type GenerationActions = ReturnType<typeof useGenerationActions>;
