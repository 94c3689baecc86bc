import { useIdentitiesVersionsList } from '@/api/generated/endpoints/identities/identities';
import { identitiesVersionsList200Response } from '@/api/generated/zod/identities/identities.zod';

/** Every image an identity has had, the current one marked. */
export function useIdentityVersions(identityId: string) {
  return useIdentitiesVersionsList(identityId, { request: { schema: identitiesVersionsList200Response } });
}
