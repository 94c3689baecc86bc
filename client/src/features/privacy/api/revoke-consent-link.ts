import { useQueryClient } from '@tanstack/react-query';
import { useUsersConsentLinksRevokeCreate } from '@/api/generated/endpoints/users/users';
import { usersConsentLinksRevokeCreate200Response } from '@/api/generated/zod/users/users.zod';
import { consentLinkStatusQueryKey } from './get-consent-link-status';
import { personActivityQueryKey } from './get-person-activity';

/** Revokes the person's consent link: it then answers as an expired one. */
export function useRevokeConsentLink() {
  const queryClient = useQueryClient();
  return useUsersConsentLinksRevokeCreate({
    request: { schema: usersConsentLinksRevokeCreate200Response },
    mutation: {
      onSuccess: (status, { id }) => {
        queryClient.setQueryData(consentLinkStatusQueryKey(id), status);
        return queryClient.invalidateQueries({ queryKey: personActivityQueryKey(id) });
      },
    },
  });
}
