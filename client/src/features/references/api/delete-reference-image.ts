import { useQueryClient } from '@tanstack/react-query';
import { useReferenceImagesDestroy } from '@/api/generated/endpoints/reference-images/reference-images';
import { referenceImagesQueryKey, type ReferenceImage } from './get-reference-images';

export function useDeleteReferenceImage(userId: string) {
  const queryClient = useQueryClient();
  const key = referenceImagesQueryKey(userId);
  return useReferenceImagesDestroy({
    mutation: {
      onSuccess: (_data, { id }) => {
        queryClient.setQueryData<ReferenceImage[]>(key, (list) => (list ?? []).filter((item) => item.id !== id));
        return queryClient.invalidateQueries({ queryKey: key });
      },
    },
  });
}
