import type { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { makeQueryClient } from '@/lib/queryClient';

/** The app's QueryClient setup, without retries, fresh for each test. */
export function makeTestQueryClient(): QueryClient {
  const client = makeQueryClient({ retry: false });
  client.setDefaultOptions({ ...client.getDefaultOptions(), queries: { ...client.getDefaultOptions().queries, staleTime: 0 } });
  return client;
}

/** Renders the app (or given routes) at a URL with a fresh QueryClient. */
export function renderApp(url = '/', customRoutes: RouteObject[] = routes) {
  const queryClient = makeTestQueryClient();
  const router = createMemoryRouter(customRoutes, { initialEntries: [url] });
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, router, queryClient };
}
