import type { Query } from '@tanstack/react-query';
import { useIdentitiesList } from '@/api/generated/endpoints/identities/identities';
import { useUsersMeIdentitiesList } from '@/api/generated/endpoints/users/users';
import type { IdentityImageVersionOutput, IdentityOutput } from '@/api/generated/model';
import { identitiesList200Response } from '@/api/generated/zod/identities/identities.zod';
import { usersMeIdentitiesList200Response } from '@/api/generated/zod/users/users.zod';

export type Identity = IdentityOutput;
export type IdentityVersion = IdentityImageVersionOutput;

/** Every cached read of identities: mine, a user's, a test user's, and their versions. */
export const isIdentityQuery = (query: Pick<Query, 'queryKey'>) => query.queryKey.includes('identities');

export function useMyIdentities(enabled = true) {
  return useUsersMeIdentitiesList({ query: { enabled }, request: { schema: usersMeIdentitiesList200Response } });
}

/** Anyone's identities (staff only). */
export function useUserIdentities(userId: string, enabled = true) {
  return useIdentitiesList(
    { user_id: userId },
    { query: { enabled: enabled && Boolean(userId) }, request: { schema: identitiesList200Response } },
  );
}
