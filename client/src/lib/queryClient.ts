import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isSessionQuery, sessionQueryKey, type Session } from '@/api/auth';
import { ApiError } from '@/lib/apiClient';
import { markSessionEnded } from '@/lib/sessionEnded';

/** True when the API says the session is gone (not a staff-only refusal). */
export function isSignedOutError(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.status === 401 || (error.status === 403 && (error.code === 'not_authenticated' || error.code === 'authentication_failed')))
  );
}

export function makeQueryClient(overrides: { retry?: false } = {}): QueryClient {
  const signOut = () => {
    if (queryClient.getQueryData<Session>(sessionQueryKey)?.user) markSessionEnded();
    queryClient.setQueryData<Session>(sessionQueryKey, { user: null });
  };
  const queryClient: QueryClient = new QueryClient({
    // A session that ended elsewhere sends the person back to the Login page.
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isSignedOutError(error) && !isSessionQuery(query)) signOut();
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isSignedOutError(error)) signOut();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors (4xx) will not change on retry.
        retry:
          overrides.retry ??
          ((count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2),
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
