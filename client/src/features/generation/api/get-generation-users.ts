import { useImageGenerationUsersList } from '@/api/generated/endpoints/image-generation/image-generation';
import { imageGenerationUsersList200Response } from '@/api/generated/zod/image-generation/image-generation.zod';

/** Whom posters may be drawn for: the admin, the test users, and anyone else staff may choose. */
export function useGenerationUsers() {
  return useImageGenerationUsersList({ request: { schema: imageGenerationUsersList200Response } });
}
