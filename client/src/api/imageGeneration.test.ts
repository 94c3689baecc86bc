import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { getJob } from '@/api/imageGeneration';
import { errorMessage } from '@/lib/apiClient';
import { JOB_ID, makeJob } from '@/testing/mocks/db';
import { server } from '@/testing/mocks/server';

const answerJob = (body: object) =>
  server.use(http.get('*/api/v1/image-generation/jobs/:id/', () => HttpResponse.json(body)));

describe('A job answer is checked against the API schema', () => {
  it('is accepted as the server sends it', async () => {
    answerJob(makeJob({ status: 'running' }));
    await expect(getJob(JOB_ID)).resolves.toMatchObject({ id: JOB_ID, status: 'running', resolution: '1K' });
  });

  it('is refused when a field is missing (a rename is an error, not an empty value)', async () => {
    const renamed: Record<string, unknown> = { ...makeJob(), size: '1K' };
    delete renamed.resolution;
    answerJob(renamed);
    const error: unknown = await getJob(JOB_ID).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(z.ZodError);
    expect(errorMessage(error)).toBe('The server sent an answer this page does not understand.');
  });

  it('is refused when a value is outside its enum', async () => {
    answerJob({ ...makeJob(), status: 'paused' });
    await expect(getJob(JOB_ID)).rejects.toBeInstanceOf(z.ZodError);
  });
});
