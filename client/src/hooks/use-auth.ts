import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isSessionQuery, login, logout, sessionQueryKey, sessionQueryOptions, type LoginInput, type Session } from '@/api/auth';
import { clearSessionEnded } from '@/lib/sessionEnded';

/** The signed-in user, or null when signed out. */
export function useMe() {
  return useQuery({ ...sessionQueryOptions(), select: (session) => session.user });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => login(input),
    onSuccess: (user) => {
      clearSessionEnded();
      queryClient.setQueryData<Session>(sessionQueryKey, { user });
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      queryClient.setQueryData<Session>(sessionQueryKey, { user: null });
      // Drop everything cached for the previous account.
      queryClient.removeQueries({ predicate: (query) => !isSessionQuery(query) });
    },
  });
}
