import { useQueryClient } from '@tanstack/react-query';
import { useUsersConsentCreate } from '@/api/generated/endpoints/users/users';
import { usersConsentCreate201Response } from '@/api/generated/zod/users/users.zod';
import { personActivityQueryKey } from './get-person-activity';
import { personConsentQueryKey } from './get-person-consent';

export function useRecordConsent() {
  const queryClient = useQueryClient();
  return useUsersConsentCreate({
    request: { schema: usersConsentCreate201Response },
    mutation: {
      onSuccess: (consent, { id }) => {
        queryClient.setQueryData(personConsentQueryKey(id), consent);
        return queryClient.invalidateQueries({ queryKey: personActivityQueryKey(id) });
      },
    },
  });
}
