import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient, qs, type UploadOptions } from '@/lib/apiClient';
import { idSchema, renditionsSchema } from '@/lib/schemas';

export const MAX_REFERENCE_IMAGES = 5;
export const ACCEPTED_IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/heic';

export const qualityWarningSchema = z.object({
  code: z.string(),
  message: z.string(),
});
export type QualityWarning = z.infer<typeof qualityWarningSchema>;

export const referenceImageSchema = z.object({
  id: idSchema,
  user: idSchema,
  name: z.string().nullable().default(''),
  order: z.number(),
  image: renditionsSchema,
  width: z.number().nullable().optional(),
  height: z.number().nullable().optional(),
  quality: z
    .object({
      faces: z.number().nullable().optional(),
      face_box: z.array(z.number()).nullable().optional(),
      warnings: z.array(qualityWarningSchema).default([]),
    })
    .nullable()
    .optional(),
  created_at: z.string().optional(),
  updated_at: z.string().optional(),
});
export type ReferenceImage = z.infer<typeof referenceImageSchema>;

export const referenceImageKeys = {
  all: ['reference-images'] as const,
  lists: () => [...referenceImageKeys.all, 'list'] as const,
  list: (userId: string) => [...referenceImageKeys.lists(), { userId }] as const,
};

export const getReferenceImages = (userId: string) =>
  apiClient.get(`/reference-images/${qs({ user_id: userId })}`, z.array(referenceImageSchema));

export const referenceImagesQueryOptions = (userId: string) =>
  queryOptions({ queryKey: referenceImageKeys.list(userId), queryFn: () => getReferenceImages(userId) });

export interface CreateReferenceImageInput {
  userId: string;
  order: number;
  file: File;
  name?: string;
}

export function createReferenceImage(input: CreateReferenceImageInput, options?: UploadOptions) {
  const form = new FormData();
  form.append('image', input.file);
  form.append('order', String(input.order));
  form.append('name', input.name ?? input.file.name);
  form.append('user_id', input.userId);
  return apiClient.upload('/reference-images/', form, referenceImageSchema, options);
}

export function replaceReferenceImage(id: string, file: File, options?: UploadOptions) {
  const form = new FormData();
  form.append('image', file);
  return apiClient.upload(`/reference-images/${encodeURIComponent(id)}/upload-image/`, form, referenceImageSchema, options);
}

export const deleteReferenceImage = (id: string) => apiClient.delete(`/reference-images/${encodeURIComponent(id)}/`);
