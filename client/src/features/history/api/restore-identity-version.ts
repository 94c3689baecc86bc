import { useQueryClient } from '@tanstack/react-query';
import { useIdentitiesVersionsRestoreCreate } from '@/api/generated/endpoints/identities/identities';
import { identitiesVersionsRestoreCreate200Response } from '@/api/generated/zod/identities/identities.zod';
import { isIdentityQuery } from '@/api/identities';

/** Makes an earlier version the identity's image again. */
export function useRestoreVersion() {
  const queryClient = useQueryClient();
  return useIdentitiesVersionsRestoreCreate({
    request: { schema: identitiesVersionsRestoreCreate200Response },
    mutation: { onSuccess: () => queryClient.invalidateQueries({ predicate: isIdentityQuery }) },
  });
}
