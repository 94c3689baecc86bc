import { getUsersConsentRetrieveQueryKey, useUsersConsentRetrieve } from '@/api/generated/endpoints/users/users';
import { usersConsentRetrieve200Response } from '@/api/generated/zod/users/users.zod';

export const personConsentQueryKey = (userId: string) => getUsersConsentRetrieveQueryKey(userId);

/** What the person agreed to (`active` false when nothing is recorded, or it was withdrawn). */
export function usePersonConsent(userId: string) {
  return useUsersConsentRetrieve(userId, { request: { schema: usersConsentRetrieve200Response } });
}
