import { queryOptions } from '@tanstack/react-query';
import { identityKeys, type Identity } from '@/api/identities';
import type { TestUserOutput } from '@/api/generated/model';
import { testUsersIdentitiesList, testUsersList } from '@/api/generated/endpoints/test-users/test-users';
import { testUsersIdentitiesList200Response, testUsersList200Response } from '@/api/generated/zod/test-users/test-users.zod';

export type TestUser = TestUserOutput;

export const testUserKeys = {
  all: ['test-users'] as const,
  list: () => [...testUserKeys.all, 'list'] as const,
};

export const getTestUsers = async (): Promise<TestUser[]> => testUsersList200Response.parse(await testUsersList());
export const getTestUserIdentities = async (userId: string): Promise<Identity[]> =>
  testUsersIdentitiesList200Response.parse(await testUsersIdentitiesList(userId));

export const testUsersQueryOptions = () => queryOptions({ queryKey: testUserKeys.list(), queryFn: getTestUsers });
/** Shares the identities cache key of that user, so every page sees one copy. */
export const testUserIdentitiesQueryOptions = (userId: string) =>
  queryOptions({ queryKey: identityKeys.forUser(userId), queryFn: () => getTestUserIdentities(userId) });
