import { useMutation, useQueryClient } from '@tanstack/react-query';
import { imageGenerationJobsRefineCreate } from '@/api/generated/endpoints/image-generation/image-generation';
import type { RefineInputRequest } from '@/api/generated/model';
import { imageGenerationJobsRefineCreate202Response } from '@/api/generated/zod/image-generation/image-generation.zod';
import { invalidateJobs, setJob } from '@/api/imageGeneration';
import { expecting } from '@/lib/expecting';
import { IDEMPOTENCY_HEADER } from '@/lib/newIdempotencyKey';

/** Starts an edit of a finished poster; `key` makes a retry answer with the first one. */
export function useRefineJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ jobId, input, key }: { jobId: string; input: RefineInputRequest; key: string }) =>
      imageGenerationJobsRefineCreate(
        jobId,
        input,
        expecting(imageGenerationJobsRefineCreate202Response, { headers: { [IDEMPOTENCY_HEADER]: key } }),
      ),
    onSuccess: (job) => {
      setJob(queryClient, job);
      return invalidateJobs(queryClient);
    },
  });
}
