import { defineConfig } from 'orval';

// The client is generated from openapi.yaml (the server's schema, `make schema`): TypeScript
// types, fetch functions that go through apiFetch, TanStack Query hooks and their query keys,
// zod schemas of the answers, and MSW handlers with made-up answers (`*.msw.ts`, for tests only:
// they import faker, which the page must not load).
const input = { target: './openapi.yaml' };
const operationName = (operation: { operationId?: string }) =>
  (operation.operationId ?? '').replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());

/** The schema without its prose: the zod schemas need none of it, and the page loads less. */
function withoutDescriptions<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutDescriptions) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, item]) => key !== 'description' || typeof item !== 'string')
      .map(([key, item]) => [key, withoutDescriptions(item)]),
  ) as T;
}

export default defineConfig({
  api: {
    input,
    output: {
      mode: 'tags-split',
      target: './src/api/generated/endpoints',
      schemas: './src/api/generated/model',
      client: 'react-query',
      httpClient: 'fetch',
      tsconfig: './tsconfig.app.json',
      mock: { type: 'msw', delay: false },
      clean: true,
      override: {
        operationName,
        mutator: { path: './src/lib/apiClient.ts', name: 'apiFetch' },
        fetch: { includeHttpResponseReturnType: false },
        query: { version: 5, signal: false, shouldSplitQueryKey: true },
        operations: {
          // The history is read a page at a time ("Load more").
          image_generation_jobs_list: { query: { useQuery: true, useInfinite: true, useInfiniteQueryParam: 'page' } },
        },
      },
    },
  },
  zod: {
    input: { ...input, override: { transformer: withoutDescriptions } },
    output: {
      mode: 'tags-split',
      target: './src/api/generated/zod',
      fileExtension: '.zod.ts',
      client: 'zod',
      clean: true,
      override: {
        operationName,
        zod: {
          // Only the answers are validated at run time; requests are typed by TypeScript.
          generate: { param: false, query: false, header: false, body: false, response: true },
          generateEachHttpStatus: true,
          dateTimeOptions: { offset: true },
        },
      },
    },
  },
});
