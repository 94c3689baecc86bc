import { queryOptions } from '@tanstack/react-query';
import {
  identitiesList,
  identitiesVersionsList,
  identitiesVersionsRestoreCreate,
} from '@/api/generated/endpoints/identities/identities';
import {
  identitiesList200Response,
  identitiesVersionsList200Response,
  identitiesVersionsRestoreCreate200Response,
} from '@/api/generated/zod/identities/identities.zod';
import type { IdentityImageVersionOutput, IdentityOutput } from '@/api/generated/model';
import { usersMeIdentitiesList } from '@/api/generated/endpoints/users/users';
import { usersMeIdentitiesList200Response } from '@/api/generated/zod/users/users.zod';

export type Identity = IdentityOutput;
export type IdentityVersion = IdentityImageVersionOutput;

export const identityKeys = {
  all: ['identities'] as const,
  mine: () => [...identityKeys.all, 'me'] as const,
  forUser: (userId: string) => [...identityKeys.all, 'user', { userId }] as const,
  versions: (identityId: string) => [...identityKeys.all, 'versions', { identityId }] as const,
};

export const getMyIdentities = async (): Promise<Identity[]> =>
  usersMeIdentitiesList200Response.parse(await usersMeIdentitiesList());
export const getIdentitiesForUser = async (userId: string): Promise<Identity[]> =>
  identitiesList200Response.parse(await identitiesList({ user_id: userId }));

export const myIdentitiesQueryOptions = () =>
  queryOptions({ queryKey: identityKeys.mine(), queryFn: getMyIdentities });
export const userIdentitiesQueryOptions = (userId: string) =>
  queryOptions({ queryKey: identityKeys.forUser(userId), queryFn: () => getIdentitiesForUser(userId) });
export const getIdentityVersions = async (identityId: string): Promise<IdentityVersion[]> =>
  identitiesVersionsList200Response.parse(await identitiesVersionsList(identityId));
export const restoreIdentityVersion = async (identityId: string, versionId: string): Promise<Identity> =>
  identitiesVersionsRestoreCreate200Response.parse(await identitiesVersionsRestoreCreate(identityId, versionId));
export const identityVersionsQueryOptions = (identityId: string) =>
  queryOptions({ queryKey: identityKeys.versions(identityId), queryFn: () => getIdentityVersions(identityId) });
