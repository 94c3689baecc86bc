import { queryOptions } from '@tanstack/react-query';
import type {
  PhotoLimitsOutput,
  ReferenceImageOutput,
  ReferenceImageQualityWarningOutput,
} from '@/api/generated/model';
import {
  referenceImagesCreate,
  referenceImagesDestroy,
  referenceImagesList,
  referenceImagesUploadImageCreate,
} from '@/api/generated/endpoints/reference-images/reference-images';
import {
  referenceImagesCreate201Response,
  referenceImagesList200Response,
  referenceImagesUploadImageCreate200Response,
} from '@/api/generated/zod/reference-images/reference-images.zod';
import type { ApiRequestInit, UploadOptions } from '@/lib/apiClient';


export type ReferenceImage = ReferenceImageOutput;
export type QualityWarning = ReferenceImageQualityWarningOutput;
/** What a reference photo may be, as the server checks it (served with the generation options). */
export type PhotoLimits = PhotoLimitsOutput;

export const referenceImageKeys = {
  all: ['reference-images'] as const,
  lists: () => [...referenceImageKeys.all, 'list'] as const,
  list: (userId: string) => [...referenceImageKeys.lists(), { userId }] as const,
};

export const getReferenceImages = async (userId: string): Promise<ReferenceImage[]> =>
  referenceImagesList200Response.parse(await referenceImagesList({ user_id: userId }));

export const referenceImagesQueryOptions = (userId: string) =>
  queryOptions({ queryKey: referenceImageKeys.list(userId), queryFn: () => getReferenceImages(userId) });

export interface CreateReferenceImageInput {
  userId: string;
  order: number;
  file: File;
  name?: string;
}

const withProgress = (options?: UploadOptions): ApiRequestInit => ({ onUploadProgress: options?.onProgress });

/** The name a photo is listed by: its file's name, within the API's 255 characters. */
const MAX_NAME_LENGTH = 255;
const nameOf = (file: File) => file.name.slice(0, MAX_NAME_LENGTH);

export async function createReferenceImage(input: CreateReferenceImageInput, options?: UploadOptions): Promise<ReferenceImage> {
  const body = { image: input.file, order: input.order, name: input.name ?? nameOf(input.file), user_id: input.userId };
  return referenceImagesCreate201Response.parse(await referenceImagesCreate(body, withProgress(options)));
}

/** Replaces the photo of a slot and names the slot after the new file, in one change. */
export async function replaceReferenceImage(id: string, file: File, options?: UploadOptions): Promise<ReferenceImage> {
  return referenceImagesUploadImageCreate200Response.parse(
    await referenceImagesUploadImageCreate(id, { image: file, name: nameOf(file) }, withProgress(options)),
  );
}

export const deleteReferenceImage = (id: string): Promise<void> => referenceImagesDestroy(id);
