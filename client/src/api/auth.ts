import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient, resetCsrfToken } from '@/lib/apiClient';
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

const sessionSchema = z.object({ user: userSchema.nullable() });

/** The signed-in user, or null when signed out (the session endpoint answers 200 either way). */
export async function getMe(): Promise<User | null> {
  const session = await apiClient.get('/auth/session/', sessionSchema);
  return session.user;
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
