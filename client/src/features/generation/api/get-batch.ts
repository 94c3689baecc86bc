import { useImageGenerationJobsList } from '@/api/generated/endpoints/image-generation/image-generation';
import { imageGenerationJobsList200Response } from '@/api/generated/zod/image-generation/image-generation.zod';
import { useIsFinished } from './get-generation-options';

/** The candidates of one batch, polled while any of them is still queued or running. */
export function useBatch(batchId: string, pollMs: number) {
  const isFinished = useIsFinished();
  return useImageGenerationJobsList(
    { batch_id: batchId },
    {
      query: {
        enabled: Boolean(batchId),
        refetchInterval: (query) => (query.state.data?.results.some((job) => !isFinished(job)) ? pollMs : false),
      },
      request: { schema: imageGenerationJobsList200Response },
    },
  );
}
