import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  imageGenerationJobsStarCreate,
  imageGenerationJobsStarDestroy,
} from '@/api/generated/endpoints/image-generation/image-generation';
import {
  imageGenerationJobsStarCreate200Response,
  imageGenerationJobsStarDestroy200Response,
} from '@/api/generated/zod/image-generation/image-generation.zod';
import { invalidateJobs } from '@/api/imageGeneration';
import { expecting } from '@/lib/expecting';

/** Stars a job, or takes its star away: one action for the one toggle. */
export function useStarJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ jobId, starred }: { jobId: string; starred: boolean }) =>
      starred
        ? imageGenerationJobsStarCreate(jobId, expecting(imageGenerationJobsStarCreate200Response))
        : imageGenerationJobsStarDestroy(jobId, expecting(imageGenerationJobsStarDestroy200Response)),
    onSuccess: () => invalidateJobs(queryClient),
  });
}
