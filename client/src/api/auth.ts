import { hashKey, type Query } from '@tanstack/react-query';
import {
  authLoginCreate,
  authLogoutCreate,
  getAuthSessionRetrieveQueryKey,
  getAuthSessionRetrieveQueryOptions,
} from '@/api/generated/endpoints/auth/auth';
import { authLoginCreate200Response, authSessionRetrieve200Response } from '@/api/generated/zod/auth/auth.zod';
import type { LoginInputRequest, SessionOutput, UserOutput } from '@/api/generated/model';
import { resetCsrfToken } from '@/lib/apiClient';

export type User = UserOutput;
export type LoginInput = LoginInputRequest;
export type Session = SessionOutput;

/** The session's cache entry: `{user}`, with `user` null when signed out (the endpoint answers 200 either way). */
export const sessionQueryKey = getAuthSessionRetrieveQueryKey();

export const isSessionQuery = (query: Pick<Query, 'queryHash'>) => query.queryHash === hashKey(sessionQueryKey);

export const sessionQueryOptions = () =>
  getAuthSessionRetrieveQueryOptions({
    query: { staleTime: 5 * 60_000 },
    request: { schema: authSessionRetrieve200Response },
  });

export async function login(input: LoginInput): Promise<User> {
  const user = authLoginCreate200Response.parse(await authLoginCreate(input));
  resetCsrfToken();
  return user;
}

export async function logout(): Promise<void> {
  await authLogoutCreate();
  resetCsrfToken();
}
