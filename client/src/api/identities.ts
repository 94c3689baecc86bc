import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient, qs } from '@/lib/apiClient';
import { idSchema, renditionsSchema } from '@/lib/schemas';

export const identitySchema = z.object({
  id: idSchema,
  user: idSchema,
  name: z.string(),
  category: z.string().nullable().default(''),
  i_am_statement: z.string().nullable().default(''),
  image: renditionsSchema.nullable(),
  image_width: z.number().nullable().optional(),
  image_height: z.number().nullable().optional(),
  order: z.number().nullable().optional(),
  created_at: z.string().optional(),
  updated_at: z.string().optional(),
});
export type Identity = z.infer<typeof identitySchema>;
export const identityListSchema = z.array(identitySchema);

export const identityKeys = {
  all: ['identities'] as const,
  mine: () => [...identityKeys.all, 'me'] as const,
  forUser: (userId: string) => [...identityKeys.all, 'user', { userId }] as const,
};

export const getMyIdentities = () => apiClient.get('/users/me/identities/', identityListSchema);
export const getIdentitiesForUser = (userId: string) =>
  apiClient.get(`/identities/${qs({ user_id: userId })}`, identityListSchema);

export const myIdentitiesQueryOptions = () =>
  queryOptions({ queryKey: identityKeys.mine(), queryFn: getMyIdentities });
export const userIdentitiesQueryOptions = (userId: string) =>
  queryOptions({ queryKey: identityKeys.forUser(userId), queryFn: () => getIdentitiesForUser(userId) });
