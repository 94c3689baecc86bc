import { useCallback } from 'react';
import { useImageGenerationOptionsRetrieve } from '@/api/generated/endpoints/image-generation/image-generation';
import { imageGenerationOptionsRetrieve200Response } from '@/api/generated/zod/image-generation/image-generation.zod';
import type { Job } from '@/api/imageGeneration';

/**
 * What may be asked for, the defaults and costs, the photo limits, and the server's own rules
 * the page follows (how many posters one click asks for, which statuses are final). Polled: it
 * also says whether a worker is there to draw what is queued.
 */
export function useGenerationOptions() {
  return useImageGenerationOptionsRetrieve({
    query: { refetchInterval: 30_000 },
    request: { schema: imageGenerationOptionsRetrieve200Response },
  });
}

/** Whether a job has ended, by the server's list of final statuses (none is, until it is known). */
export function useIsFinished(): (job: Pick<Job, 'status'> | undefined | null) => boolean {
  const finished = useGenerationOptions().data?.finished_statuses;
  return useCallback((job) => Boolean(job && finished?.includes(job.status)), [finished]);
}
