import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { identityKeys, identityListSchema } from '@/api/identities';
import { apiClient } from '@/lib/apiClient';
import { idSchema } from '@/lib/schemas';

export const testUserSchema = z.object({
  user_id: idSchema,
  email: z.string(),
  first_name: z.string().default(''),
  last_name: z.string().default(''),
  scenario_id: idSchema,
  scenario_name: z.string(),
  scenario_description: z.string().nullable().default(''),
});
export type TestUser = z.infer<typeof testUserSchema>;

export const testUserKeys = {
  all: ['test-users'] as const,
  list: () => [...testUserKeys.all, 'list'] as const,
};

export const getTestUsers = () => apiClient.get('/test-users/', z.array(testUserSchema));
export const getTestUserIdentities = (userId: string) =>
  apiClient.get(`/test-users/${encodeURIComponent(userId)}/identities/`, identityListSchema);

export const testUsersQueryOptions = () => queryOptions({ queryKey: testUserKeys.list(), queryFn: getTestUsers });
/** Shares the identities cache key of that user, so every page sees one copy. */
export const testUserIdentitiesQueryOptions = (userId: string) =>
  queryOptions({ queryKey: identityKeys.forUser(userId), queryFn: () => getTestUserIdentities(userId) });
