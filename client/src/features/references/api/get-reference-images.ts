import {
  getReferenceImagesListQueryKey,
  useReferenceImagesList,
} from '@/api/generated/endpoints/reference-images/reference-images';
import type { ReferenceImageOutput } from '@/api/generated/model';
import { referenceImagesList200Response } from '@/api/generated/zod/reference-images/reference-images.zod';

export type ReferenceImage = ReferenceImageOutput;

export const referenceImagesQueryKey = (userId: string) => getReferenceImagesListQueryKey({ user_id: userId });

/** A person's photos, in slot order. */
export function useReferenceImages(userId: string) {
  return useReferenceImagesList(
    { user_id: userId },
    { query: { enabled: Boolean(userId) }, request: { schema: referenceImagesList200Response } },
  );
}
