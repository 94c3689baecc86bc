import { useMutation, useQueryClient } from '@tanstack/react-query';
import { imageGenerationJobsSaveToIdentityCreate } from '@/api/generated/endpoints/image-generation/image-generation';
import { imageGenerationJobsSaveToIdentityCreate200Response } from '@/api/generated/zod/image-generation/image-generation.zod';
import { isIdentityQuery } from '@/api/identities';
import { invalidateJob, invalidateJobLists } from '@/api/imageGeneration';
import { expecting } from '@/lib/expecting';
import { IDEMPOTENCY_HEADER } from '@/lib/newIdempotencyKey';

/** Makes a poster the identity's image; `key` makes a retry answer with the first result. */
export function useSaveToIdentity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ jobId, key }: { jobId: string; key: string }) =>
      imageGenerationJobsSaveToIdentityCreate(
        jobId,
        expecting(imageGenerationJobsSaveToIdentityCreate200Response, { headers: { [IDEMPOTENCY_HEADER]: key } }),
      ),
    onSuccess: (_identity, { jobId }) =>
      Promise.all([
        queryClient.invalidateQueries({ predicate: isIdentityQuery }),
        invalidateJob(queryClient, jobId),
        invalidateJobLists(queryClient),
      ]),
  });
}
