import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { db, IDENTITY_ID, makeIdentity, makeJob, makeReferenceImage, TEST_USER_ID, uuid } from '@/testing/mocks/db';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/render';

const GENERATE = '*/api/v1/image-generation/generate/';

function noFace(n: number) {
  return makeReferenceImage({ id: uuid(n), order: n % 5, sent_with_posters: false });
}

describe('Generate, clicked twice', () => {
  it('sends one request, with an Idempotency-Key, however fast the second click comes', async () => {
    db.referenceImages = [makeReferenceImage()];
    const keys: (string | null)[] = [];
    server.use(
      http.post(GENERATE, async ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        await delay(100);
        const job = makeJob({ id: uuid(db.nextId++), batch: uuid(80) });
        db.jobs.unshift(job);
        return HttpResponse.json({ id: uuid(80), count: 1, created_at: job.created_at, jobs: [job], estimated_cost_usd: '0' }, { status: 202 });
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
    db.referenceImages = [makeReferenceImage()];
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
    db.referenceImages = [noFace(3), noFace(6)];
    renderApp(`/images?identity=${IDENTITY_ID}`);

    expect(await screen.findByText(/No photo of this person shows a face/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Generate Image' })).toBeDisabled();
  });

  it('say before the click which are not sent when only some show one', async () => {
    db.referenceImages = [makeReferenceImage(), noFace(6)];
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
    db.referenceImages = [makeReferenceImage()];
    db.jobs = [
      makeJob({ id: uuid(40), status: 'failed', additional_prompt: 'on a stage at dusk', aspect_ratio: '16:9', resolution: '4K', prompt: 'FULL PROMPT TEXT' }),
    ];
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

describe('Finding the way back', () => {
  it('the Images link keeps the person, identity and job', async () => {
    db.referenceImages = [makeReferenceImage()];
    db.jobs = [makeJob({ id: uuid(41), status: 'succeeded' })];
    const user = userEvent.setup();
    renderApp(`/images?identity=${IDENTITY_ID}&job=${uuid(41)}`);
    await screen.findByRole('region', { name: 'Generated image' });

    await user.click(screen.getByRole('link', { name: 'Home' }));
    await user.click(screen.getByRole('link', { name: 'Images' }));

    expect(await screen.findByRole('region', { name: 'Generated image' })).toBeInTheDocument();
    expect(screen.getByLabelText('Choose an identity')).toHaveValue(IDENTITY_ID);
  });

  it('the Images link on the Images page is the page itself, not the place left before', async () => {
    db.referenceImages = [makeReferenceImage()];
    db.jobs = [makeJob({ id: uuid(44), status: 'succeeded' })];
    sessionStorage.setItem('images.search', `identity=${IDENTITY_ID}&job=${uuid(45)}`); // an older visit
    renderApp(`/images?identity=${IDENTITY_ID}&job=${uuid(44)}`);
    await screen.findByRole('region', { name: 'Generated image' });

    expect(screen.getByRole('link', { name: 'Images' }).getAttribute('href')).toContain(`job=${uuid(44)}`);
  });

  it('reopening an identity shows its latest job, and that Generate adds another while it runs', async () => {
    db.referenceImages = [makeReferenceImage()];
    db.jobs = [makeJob({ id: uuid(42), status: 'running' }), makeJob({ id: uuid(43), status: 'succeeded' })];
    renderApp(`/images?identity=${IDENTITY_ID}`);

    expect(await screen.findByText('Generating the poster.')).toBeInTheDocument();
    expect(screen.getByText('A poster for this identity is still being drawn; Generate starts another.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Generate Image' })).toBeEnabled());
  });

  it('says so when the identity in the address is not the person’s', async () => {
    db.identities = [makeIdentity()];
    renderApp(`/images?user=${TEST_USER_ID}&identity=${IDENTITY_ID}`);

    expect(await screen.findByText(/The identity in this address is not one of .*'s identities/)).toBeInTheDocument();
  });

  it('says what an unknown job in the address means', async () => {
    renderApp(`/images?identity=${IDENTITY_ID}&job=${uuid(99)}`);

    expect(await screen.findByRole('alert')).toHaveTextContent('The poster in this address does not exist; it may have been deleted.');
  });
});

describe('A session that ends while working', () => {
  it('sends the admin to sign in, says why, and keeps the typed prompt', async () => {
    db.referenceImages = [makeReferenceImage()];
    const user = userEvent.setup();
    const { unmount } = renderApp(`/images?identity=${IDENTITY_ID}`);
    const prompt = await screen.findByLabelText('Additional prompt (optional)');
    await user.type(prompt, 'warm light');
    server.use(
      http.post(GENERATE, () => HttpResponse.json({ detail: 'Please sign in.', code: 'not_authenticated' }, { status: 403 })),
    );
    await waitFor(() => expect(screen.getByRole('button', { name: 'Generate Image' })).toBeEnabled());

    await user.click(screen.getByRole('button', { name: 'Generate Image' }));

    expect(await screen.findByText(/Your session has ended\. Sign in again to go on/)).toBeInTheDocument();
    unmount();
    renderApp(`/images?identity=${IDENTITY_ID}`);
    expect(await screen.findByLabelText('Additional prompt (optional)')).toHaveValue('warm light');
  });
});
