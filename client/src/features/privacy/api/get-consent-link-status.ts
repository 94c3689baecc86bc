import { getUsersConsentLinksRetrieveQueryKey, useUsersConsentLinksRetrieve } from '@/api/generated/endpoints/users/users';
import { usersConsentLinksRetrieve200Response } from '@/api/generated/zod/users/users.zod';

export const consentLinkStatusQueryKey = (userId: string) => getUsersConsentLinksRetrieveQueryKey(userId);

/** Whether the person has a consent link that opens now, and until when (never its token). */
export function useConsentLinkStatus(userId: string) {
  return useUsersConsentLinksRetrieve(userId, {
    query: { enabled: Boolean(userId), refetchOnWindowFocus: 'always' },
    request: { schema: usersConsentLinksRetrieve200Response },
  });
}
