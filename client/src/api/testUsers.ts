import { useTestUsersIdentitiesList, useTestUsersList } from '@/api/generated/endpoints/test-users/test-users';
import type { TestUserOutput } from '@/api/generated/model';
import { testUsersIdentitiesList200Response, testUsersList200Response } from '@/api/generated/zod/test-users/test-users.zod';

export type TestUser = TestUserOutput;

export function useTestUsers(enabled = true) {
  return useTestUsersList({ query: { enabled }, request: { schema: testUsersList200Response } });
}

/** One cache entry per test user, whichever page reads it (the Test page or the Images page). */
export function useTestUserIdentities(userId: string, enabled = true) {
  return useTestUsersIdentitiesList(userId, {
    query: { enabled: enabled && Boolean(userId) },
    request: { schema: testUsersIdentitiesList200Response },
  });
}
