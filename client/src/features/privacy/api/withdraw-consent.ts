import { useQueryClient } from '@tanstack/react-query';
import { useUsersConsentWithdrawCreate } from '@/api/generated/endpoints/users/users';
import { usersConsentWithdrawCreate200Response } from '@/api/generated/zod/users/users.zod';
import { personConsentQueryKey } from './get-person-consent';
import { refreshAfterPrivacyChange } from './refresh-after-privacy-change';

/** Withdraws some scopes of a person's consent (every one when none is named). */
export function useWithdrawConsent() {
  const queryClient = useQueryClient();
  return useUsersConsentWithdrawCreate({
    request: { schema: usersConsentWithdrawCreate200Response },
    mutation: {
      onSuccess: (consent, { id }) => {
        queryClient.setQueryData(personConsentQueryKey(id), consent);
        return refreshAfterPrivacyChange(queryClient);
      },
    },
  });
}
