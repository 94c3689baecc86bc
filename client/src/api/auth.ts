import { queryOptions } from '@tanstack/react-query';
import { authLoginCreate, authLogoutCreate, authSessionRetrieve } from '@/api/generated/endpoints/auth/auth';
import { authLoginCreate200Response, authSessionRetrieve200Response } from '@/api/generated/zod/auth/auth.zod';
import type { LoginInputRequest, UserOutput } from '@/api/generated/model';
import { resetCsrfToken } from '@/lib/apiClient';

export type User = UserOutput;
export type LoginInput = LoginInputRequest;

export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

/** The signed-in user, or null when signed out (the session endpoint answers 200 either way). */
export async function getMe(): Promise<User | null> {
  const session = authSessionRetrieve200Response.parse(await authSessionRetrieve());
  return session.user;
}

export const meQueryOptions = () => queryOptions({ queryKey: authKeys.me(), queryFn: getMe, staleTime: 5 * 60_000 });

export async function login(input: LoginInput): Promise<User> {
  const user = authLoginCreate200Response.parse(await authLoginCreate(input));
  resetCsrfToken();
  return user;
}

export async function logout(): Promise<void> {
  await authLogoutCreate();
  resetCsrfToken();
}
