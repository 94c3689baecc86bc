import { useMutation, useQueryClient } from '@tanstack/react-query';
import { imageGenerationGenerateCreate } from '@/api/generated/endpoints/image-generation/image-generation';
import type { GenerateInputRequest } from '@/api/generated/model';
import { imageGenerationGenerateCreate202Response } from '@/api/generated/zod/image-generation/image-generation.zod';
import { invalidateJobLists, setJob } from '@/api/imageGeneration';
import { expecting } from '@/lib/expecting';
import { IDEMPOTENCY_HEADER } from '@/lib/newIdempotencyKey';

/** Starts a batch; `key` makes a retry of the same click answer with the first batch. */
export function useGenerateImages() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, key }: { input: GenerateInputRequest; key: string }) =>
      imageGenerationGenerateCreate(
        input,
        expecting(imageGenerationGenerateCreate202Response, { headers: { [IDEMPOTENCY_HEADER]: key } }),
      ),
    onSuccess: (batch) => {
      for (const job of batch.jobs) setJob(queryClient, job);
      return invalidateJobLists(queryClient);
    },
  });
}
