import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  referenceImagesCreate,
  referenceImagesUploadImageCreate,
} from '@/api/generated/endpoints/reference-images/reference-images';
import {
  referenceImagesCreate201Response,
  referenceImagesUploadImageCreate200Response,
} from '@/api/generated/zod/reference-images/reference-images.zod';
import { expecting } from '@/lib/expecting';
import { referenceImagesQueryKey, type ReferenceImage } from './get-reference-images';

export interface UploadReferenceImageInput {
  order: number;
  file: File;
  /** Set to replace the image of an existing slot. */
  replaceId?: string;
  onProgress?: (fraction: number) => void;
}

/** The name a photo is listed by: its file's name, within the API's 255 characters. */
const MAX_NAME_LENGTH = 255;
const nameOf = (file: File) => file.name.slice(0, MAX_NAME_LENGTH);

function upsert(list: ReferenceImage[] | undefined, image: ReferenceImage): ReferenceImage[] {
  const others = (list ?? []).filter((item) => item.id !== image.id && item.order !== image.order);
  return [...others, image].sort((a, b) => a.order - b.order);
}

/**
 * Uploads into an empty slot, or replaces the photo of a filled one and names the slot after
 * the new file, in one change.
 */
export function useUploadReferenceImage(userId: string) {
  const queryClient = useQueryClient();
  const key = referenceImagesQueryKey(userId);
  return useMutation({
    mutationFn: ({ order, file, replaceId, onProgress }: UploadReferenceImageInput) =>
      replaceId
        ? referenceImagesUploadImageCreate(
            replaceId,
            { image: file, name: nameOf(file) },
            expecting(referenceImagesUploadImageCreate200Response, { onUploadProgress: onProgress }),
          )
        : referenceImagesCreate(
            { image: file, order, name: nameOf(file), user_id: userId },
            expecting(referenceImagesCreate201Response, { onUploadProgress: onProgress }),
          ),
    onSuccess: (image) => {
      queryClient.setQueryData<ReferenceImage[]>(key, (list) => upsert(list, image));
      return queryClient.invalidateQueries({ queryKey: key });
    },
  });
}
