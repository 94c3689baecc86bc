import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { ApiError, apiClient, resetCsrfToken } from '@/lib/apiClient';
import { idSchema } from '@/lib/schemas';

export const userSchema = z.object({
  id: idSchema,
  email: z.string(),
  first_name: z.string().default(''),
  last_name: z.string().default(''),
  full_name: z.string().default(''),
  is_staff: z.boolean(),
});
export type User = z.infer<typeof userSchema>;

export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

/** The signed-in user, or null when signed out (the API answers 401/403). */
export async function getMe(): Promise<User | null> {
  try {
    return await apiClient.get('/users/me/', userSchema);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return null;
    throw error;
  }
}

export const meQueryOptions = () => queryOptions({ queryKey: authKeys.me(), queryFn: getMe, staleTime: 5 * 60_000 });

export interface LoginInput {
  email: string;
  password: string;
}

export async function login(input: LoginInput): Promise<User> {
  const user = await apiClient.post('/auth/login/', input, userSchema);
  resetCsrfToken();
  return user;
}

export async function logout(): Promise<void> {
  await apiClient.postNoContent('/auth/logout/');
  resetCsrfToken();
}
