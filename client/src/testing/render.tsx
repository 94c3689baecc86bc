import type { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { createRoutes } from '@/app/router';
import { makeQueryClient } from '@/lib/queryClient';

/** The app's QueryClient setup, without retries, fresh for each test. */
export function makeTestQueryClient(): QueryClient {
  const client = makeQueryClient({ retry: false });
  client.setDefaultOptions({ ...client.getDefaultOptions(), queries: { ...client.getDefaultOptions().queries, staleTime: 0 } });
  return client;
}

/** Renders the app at a URL with a fresh QueryClient; `imagesPollMs` polls running jobs faster. */
export function renderApp(url = '/', { imagesPollMs }: { imagesPollMs?: number } = {}) {
  const queryClient = makeTestQueryClient();
  const router = createMemoryRouter(createRoutes(imagesPollMs), { initialEntries: [url] });
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, router, queryClient };
}
