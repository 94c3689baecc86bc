import { useQueryClient } from '@tanstack/react-query';
import { useImageGenerationJobsCancelCreate } from '@/api/generated/endpoints/image-generation/image-generation';
import { imageGenerationJobsCancelCreate200Response } from '@/api/generated/zod/image-generation/image-generation.zod';
import { invalidateJobs } from '@/api/imageGeneration';

export function useCancelJob() {
  const queryClient = useQueryClient();
  return useImageGenerationJobsCancelCreate({
    request: { schema: imageGenerationJobsCancelCreate200Response },
    mutation: { onSuccess: () => invalidateJobs(queryClient) },
  });
}
