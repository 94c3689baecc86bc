import { z } from 'zod';

/** Ids are UUID strings; accept numbers too and keep them as strings. */
export const idSchema = z.union([z.string(), z.number()]).transform((value) => String(value));

export const renditionsSchema = z.object({
  full_size: z.string(),
  medium: z.string(),
  thumbnail: z.string(),
});
export type Renditions = z.infer<typeof renditionsSchema>;
