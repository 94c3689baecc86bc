import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay } from 'msw';
import {
  getImageGenerationGenerateCreateMockHandler,
  getImageGenerationOptionsRetrieveMockHandler,
} from '@/api/generated/endpoints/image-generation/image-generation.msw';
import { IDENTITY_ID, makeJob, makeReferenceImage, options, uuid } from '@/testing/mocks/fixtures';
import { serveGeneration } from '@/testing/mocks/generation';
import { servePhotos } from '@/testing/mocks/photos';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/render';

function noFace(n: number) {
  return makeReferenceImage({ id: uuid(n), order: n % 5, sent_with_posters: false });
}

describe('Generate button', () => {
  it('is disabled with a reason when there are no reference images', async () => {
    renderApp(`/images?identity=${IDENTITY_ID}`);
    expect(await screen.findByText('Posters for: Me (Ada Admin)')).toBeInTheDocument();
    expect(await screen.findByText('Add at least one reference image first.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Generate Image' })).toBeDisabled();
  });

  it('asks for an identity once a reference image exists', async () => {
    servePhotos([makeReferenceImage()]);
    renderApp('/images');
    expect(await screen.findByText('Choose an identity first.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Generate Image' })).toBeDisabled();
  });
});

describe('Worker', () => {
  it('says when no worker has been seen, and says nothing while one runs', async () => {
    renderApp('/images');
    expect(await screen.findByText('Aspect ratio')).toBeInTheDocument();
    expect(screen.queryByText(/No worker has been seen/)).not.toBeInTheDocument();

    server.use(getImageGenerationOptionsRetrieveMockHandler({ ...options, worker: { state: 'not_seen', last_seen_at: null } }));
    renderApp('/images');
    expect(
      await screen.findByText(
        'No worker has been seen, so new posters wait in the queue until one runs. make run starts one; on a server, start manage.py run_worker.',
      ),
    ).toBeInTheDocument();
  });
});

describe('Generate, clicked twice', () => {
  it('sends one request, with an Idempotency-Key, however fast the second click comes', async () => {
    servePhotos([makeReferenceImage()]);
    const studio = serveGeneration();
    const keys: (string | null)[] = [];
    server.use(
      getImageGenerationGenerateCreateMockHandler(async ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        await delay(100);
        const job = makeJob({ id: uuid(81), batch: uuid(80) });
        studio.jobs.unshift(job);
        return { id: uuid(80), count: 1, created_at: job.created_at, jobs: [job], estimated_cost_usd: '0' };
      }),
    );
    renderApp(`/images?identity=${IDENTITY_ID}`);
    // The first test of the file also loads the page's chunk.
    const generate = await screen.findByRole('button', { name: 'Generate Image' }, { timeout: 5000 });
    await waitFor(() => expect(generate).toBeEnabled());

    fireEvent.click(generate);
    fireEvent.click(generate); // before React has rendered the first click's state

    expect(await screen.findByText('Waiting to start.')).toBeInTheDocument();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
  });

  it('keeps the focus on the page and moves it to the result once the job starts', async () => {
    servePhotos([makeReferenceImage()]);
    serveGeneration();
    const user = userEvent.setup();
    renderApp(`/images?identity=${IDENTITY_ID}`);
    const generate = await screen.findByRole('button', { name: 'Generate Image' });
    await waitFor(() => expect(generate).toBeEnabled());
    generate.focus();

    await user.keyboard('{Enter}');

    await screen.findByText('Waiting to start.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Result')));
    expect(within(screen.getByLabelText('Result')).getByRole('status')).toHaveTextContent('Waiting to start.');
  });
});

describe('Photos without a face', () => {
  it('disable Generate with the reason when no photo shows a face', async () => {
    servePhotos([noFace(3), noFace(6)]);
    renderApp(`/images?identity=${IDENTITY_ID}`);

    expect(await screen.findByText(/No photo of this person shows a face/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Generate Image' })).toBeDisabled();
  });

  it('say before the click which are not sent when only some show one', async () => {
    servePhotos([makeReferenceImage(), noFace(6)]);
    renderApp(`/images?identity=${IDENTITY_ID}`);

    expect(
      await screen.findByText('1 of 2 photos show no face and will not be sent; the poster is drawn from the other 1.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Generate Image' })).toBeEnabled());
  });
});

describe('The settings', () => {
  it('say beside the prompt that the offline poster does not use it', async () => {
    renderApp(`/images?identity=${IDENTITY_ID}`);

    const note = await screen.findByText(/The offline poster draws the identity's name and statement only/);
    expect(screen.getByLabelText('Additional prompt (optional)')).toHaveAccessibleDescription(expect.stringContaining(note.textContent ?? ''));
  });

  it('of a job from the history are shown with it, with the full prompt, and can be used again', async () => {
    servePhotos([makeReferenceImage()]);
    serveGeneration({
      jobs: [
        makeJob({ id: uuid(40), status: 'failed', additional_prompt: 'on a stage at dusk', aspect_ratio: '16:9', resolution: '4K', prompt: 'FULL PROMPT TEXT' }),
      ],
    });
    const user = userEvent.setup();
    renderApp(`/images?identity=${IDENTITY_ID}&job=${uuid(40)}`);

    const result = await screen.findByRole('region', { name: 'Generated image' });
    expect(within(result).getByText('on a stage at dusk')).toBeInTheDocument();
    expect(within(result).getByText(/16:9 · 4K/)).toBeInTheDocument();
    await user.click(within(result).getByText('Full prompt sent to the provider'));
    expect(within(result).getByText('FULL PROMPT TEXT')).toBeVisible();

    await user.click(within(result).getByRole('button', { name: 'Use these settings' }));
    expect(screen.getByLabelText('Additional prompt (optional)')).toHaveValue('on a stage at dusk');
    expect(screen.getByLabelText('Aspect ratio')).toHaveValue('16:9');
    expect(screen.getByLabelText('Resolution')).toHaveValue('4K');
  });
});
