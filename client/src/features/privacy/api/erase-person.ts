import { useQueryClient } from '@tanstack/react-query';
import { useUsersEraseCreate } from '@/api/generated/endpoints/users/users';
import type { ErasureReportOutput } from '@/api/generated/model';
import { usersEraseCreate200Response } from '@/api/generated/zod/users/users.zod';
import { refreshAfterPrivacyChange } from './refresh-after-privacy-change';

export type ErasureReport = ErasureReportOutput;

/** Erases everything kept of a person; the answer says what was deleted. */
export function useErasePerson() {
  const queryClient = useQueryClient();
  return useUsersEraseCreate({
    request: { schema: usersEraseCreate200Response },
    mutation: { onSuccess: () => refreshAfterPrivacyChange(queryClient) },
  });
}
