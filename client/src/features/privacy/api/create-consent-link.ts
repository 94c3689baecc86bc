import { useQueryClient } from '@tanstack/react-query';
import { useUsersConsentLinksCreate } from '@/api/generated/endpoints/users/users';
import type { ConsentLinkCreatedOutput } from '@/api/generated/model';
import { usersConsentLinksCreate201Response } from '@/api/generated/zod/users/users.zod';
import { consentLinkStatusQueryKey } from './get-consent-link-status';
import { personActivityQueryKey } from './get-person-activity';

export type CreatedConsentLink = ConsentLinkCreatedOutput;

/** Makes a new consent link for the person (the one they had stops working). */
export function useCreateConsentLink() {
  const queryClient = useQueryClient();
  return useUsersConsentLinksCreate({
    request: { schema: usersConsentLinksCreate201Response },
    mutation: {
      onSuccess: (link, { id }) => {
        // Live at once, so the page shows the new link while the status is read again.
        queryClient.setQueryData(consentLinkStatusQueryKey(id), {
          live: true,
          id: link.id,
          created_at: link.created_at,
          expires_at: link.expires_at,
          created_by: null,
        });
        return Promise.all([
          queryClient.invalidateQueries({ queryKey: consentLinkStatusQueryKey(id) }),
          queryClient.invalidateQueries({ queryKey: personActivityQueryKey(id) }),
        ]);
      },
    },
  });
}
