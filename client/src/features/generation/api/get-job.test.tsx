import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { z } from 'zod';
import { getImageGenerationJobsRetrieveMockHandler } from '@/api/generated/endpoints/image-generation/image-generation.msw';
import type { GenerationJobOutput } from '@/api/generated/model';
import { errorMessage } from '@/lib/apiClient';
import { JOB_ID, makeJob } from '@/testing/mocks/fixtures';
import { server } from '@/testing/mocks/server';
import { makeTestQueryClient } from '@/testing/render';
import { useJob } from './get-job';

/** The job the hook reads, as the API answers it (given as the server might send it, however wrong). */
function readJob(answer: object) {
  server.use(getImageGenerationJobsRetrieveMockHandler(() => answer as GenerationJobOutput));
  const client = makeTestQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  return renderHook(() => useJob(JOB_ID), { wrapper }).result;
}

describe('A job answer is checked against the API schema', () => {
  it('is accepted as the server sends it', async () => {
    const result = readJob(makeJob({ status: 'running' }));
    await waitFor(() => expect(result.current.data).toMatchObject({ id: JOB_ID, status: 'running', resolution: '1K' }));
  });

  it('is refused when a field is missing (a rename is an error, not an empty value)', async () => {
    const renamed: Record<string, unknown> = { ...makeJob(), size: '1K' };
    delete renamed.resolution;
    const result = readJob(renamed);
    await waitFor(() => expect(result.current.error).toBeInstanceOf(z.ZodError));
    expect(errorMessage(result.current.error)).toBe('The server sent an answer this page does not understand.');
  });

  it('is refused when a value is outside its enum', async () => {
    const result = readJob({ ...makeJob(), status: 'paused' });
    await waitFor(() => expect(result.current.error).toBeInstanceOf(z.ZodError));
  });
});
