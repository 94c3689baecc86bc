import { useImageGenerationJobsLineageRetrieve } from '@/api/generated/endpoints/image-generation/image-generation';
import { imageGenerationJobsLineageRetrieve200Response } from '@/api/generated/zod/image-generation/image-generation.zod';

/** The chain from the first poster to this job; refetched whenever jobs change. */
export function useJobLineage(jobId: string | null) {
  return useImageGenerationJobsLineageRetrieve(jobId ?? '', {
    request: { schema: imageGenerationJobsLineageRetrieve200Response },
  });
}
