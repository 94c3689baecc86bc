import { useImageGenerationJobsRetrieve } from '@/api/generated/endpoints/image-generation/image-generation';
import { imageGenerationJobsRetrieve200Response } from '@/api/generated/zod/image-generation/image-generation.zod';
import { useIsFinished } from './get-generation-options';

export const DEFAULT_POLL_MS = 1500;

/** One job, polled until it has finished. */
export function useJob(jobId: string | null, pollMs: number = DEFAULT_POLL_MS) {
  const isFinished = useIsFinished();
  return useImageGenerationJobsRetrieve(jobId ?? '', {
    query: { refetchInterval: (query) => (isFinished(query.state.data) ? false : pollMs) },
    request: { schema: imageGenerationJobsRetrieve200Response },
  });
}
