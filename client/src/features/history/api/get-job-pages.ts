import { useImageGenerationJobsListInfinite } from '@/api/generated/endpoints/image-generation/image-generation';
import { imageGenerationJobsList200Response } from '@/api/generated/zod/image-generation/image-generation.zod';
import type { JobStatus } from '@/api/imageGeneration';

export interface JobFilters {
  identityId: string;
  userId: string;
  status?: JobStatus;
  batchId?: string;
  starred?: boolean;
}

/** The history, newest first, a page at a time (the API's pages of 20; "Load more" fetches the next). */
export function useJobPages(filters: JobFilters, enabled: boolean) {
  return useImageGenerationJobsListInfinite(
    {
      identity_id: filters.identityId || undefined,
      user_id: filters.userId || undefined,
      status: filters.status,
      batch_id: filters.batchId || undefined,
      starred: filters.starred,
    },
    {
      query: {
        enabled,
        initialPageParam: 1,
        getNextPageParam: (last, pages) => (last.next ? pages.length + 1 : undefined),
      },
      request: { schema: imageGenerationJobsList200Response },
    },
  );
}
