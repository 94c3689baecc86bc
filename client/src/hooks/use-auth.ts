import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { authKeys, login, logout, meQueryOptions, type LoginInput } from '@/api/auth';
import { clearSessionEnded } from '@/lib/sessionEnded';

export function useMe() {
  return useQuery(meQueryOptions());
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => login(input),
    onSuccess: (user) => {
      clearSessionEnded();
      queryClient.setQueryData(authKeys.me(), user);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      queryClient.setQueryData(authKeys.me(), null);
      // Drop everything cached for the previous account.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
    },
  });
}
