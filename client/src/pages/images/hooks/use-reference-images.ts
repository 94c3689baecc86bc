import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createReferenceImage,
  deleteReferenceImage,
  referenceImageKeys,
  referenceImagesQueryOptions,
  replaceReferenceImage,
  type ReferenceImage,
} from '@/api/referenceImages';

export function useReferenceImages(userId: string) {
  return useQuery({ ...referenceImagesQueryOptions(userId), enabled: Boolean(userId) });
}

export interface UploadReferenceImageInput {
  order: number;
  file: File;
  /** Set to replace the image of an existing slot. */
  replaceId?: string;
  onProgress?: (fraction: number) => void;
}

function upsert(list: ReferenceImage[] | undefined, image: ReferenceImage): ReferenceImage[] {
  const others = (list ?? []).filter((item) => item.id !== image.id && item.order !== image.order);
  return [...others, image].sort((a, b) => a.order - b.order);
}

/** Uploads into an empty slot, or replaces the image of a filled one. */
export function useUploadReferenceImage(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ order, file, replaceId, onProgress }: UploadReferenceImageInput) =>
      replaceId
        ? replaceReferenceImage(replaceId, file, { onProgress })
        : createReferenceImage({ userId, order, file }, { onProgress }),
    onSuccess: (image) => {
      queryClient.setQueryData<ReferenceImage[]>(referenceImageKeys.list(userId), (list) => upsert(list, image));
      return queryClient.invalidateQueries({ queryKey: referenceImageKeys.list(userId) });
    },
  });
}

export function useDeleteReferenceImage(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteReferenceImage(id),
    onSuccess: (_data, id) => {
      queryClient.setQueryData<ReferenceImage[]>(referenceImageKeys.list(userId), (list) =>
        (list ?? []).filter((item) => item.id !== id),
      );
      return queryClient.invalidateQueries({ queryKey: referenceImageKeys.list(userId) });
    },
  });
}
