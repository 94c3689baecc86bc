import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDENTITY_ID, makeJob, makeReferenceImage, renditions, uuid } from '@/testing/mocks/fixtures';
import { serveGeneration } from '@/testing/mocks/generation';
import { servePhotos } from '@/testing/mocks/photos';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/render';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Generation job', () => {
  it('polls the job until it ends, then stops', async () => {
    servePhotos([makeReferenceImage()]);
    const studio = serveGeneration();
    const user = userEvent.setup();
    renderApp('/images', { imagesPollMs: 20 });

    await user.selectOptions(await screen.findByLabelText('Choose an identity'), IDENTITY_ID);
    const generate = screen.getByRole('button', { name: 'Generate Image' });
    await waitFor(() => expect(generate).toBeEnabled());
    await user.click(generate);

    expect(await screen.findByText('Waiting to start.')).toBeInTheDocument();
    expect(screen.getByText(/^Generating for: /)).toBeInTheDocument();
    const job = studio.jobs[0]!;
    await waitFor(() => expect(studio.jobReads[job.id] ?? 0).toBeGreaterThanOrEqual(2));

    Object.assign(
      job,
      makeJob({ ...job, status: 'succeeded', image: renditions('poster'), mime_type: 'image/jpeg', download_url: `/api/v1/image-generation/jobs/${job.id}/download/` }),
    );
    const poster = await screen.findByRole('img', { name: 'Generated poster for the identity Creative Visionary' });
    expect(poster).toHaveAttribute('src', '/media/poster-medium.jpg');
    // The server names the download and records it; the full-size link stays inline.
    expect(screen.getByRole('link', { name: 'Download' })).toHaveAttribute('href', `/api/v1/image-generation/jobs/${job.id}/download/`);
    expect(screen.getByRole('link', { name: 'Open full size' })).toHaveAttribute('href', '/media/poster.jpg');
    expect(screen.getByRole('link', { name: 'Open full size' })).not.toHaveAttribute('download');

    const reads = studio.jobReads[job.id];
    await act(() => sleep(150));
    expect(studio.jobReads[job.id]).toBe(reads);
  });

  it('shows why a job failed, from the URL after a reload', async () => {
    servePhotos([makeReferenceImage()]);
    serveGeneration({ jobs: [makeJob({ id: uuid(9), status: 'failed', error_message: 'The provider refused the request.' })] });
    renderApp(`/images?identity=${IDENTITY_ID}&job=${uuid(9)}`);
    const alert = await screen.findByText('The provider refused the request.', { selector: 'p' });
    expect(alert).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /Failed: The provider refused the request\./ })).toBeInTheDocument();
  });
});

describe('Generated image actions', () => {
  it('saves a finished image to the identity', async () => {
    servePhotos([makeReferenceImage()]);
    const studio = serveGeneration({ jobs: [makeJob({ id: uuid(5), status: 'succeeded', image: renditions('poster'), mime_type: 'image/png' })] });
    const user = userEvent.setup();
    renderApp(`/images?identity=${IDENTITY_ID}&job=${uuid(5)}`);
    expect(await screen.findByRole('link', { name: 'Open full size' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save to Identity' }));
    expect(await screen.findByText('Saved as the image of Creative Visionary.')).toBeInTheDocument();
    expect(studio.jobs[0]!.saved_to_identity_at).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Saved to identity' })).toBeDisabled();
  });
});

describe('Regenerate', () => {
  it('starts a new job with the same settings as the shown one', async () => {
    servePhotos([makeReferenceImage()]);
    const studio = serveGeneration({
      jobs: [
        makeJob({ id: uuid(7), status: 'succeeded', image: renditions('poster'), aspect_ratio: '16:9', resolution: '2K', additional_prompt: 'on a stage' }),
      ],
    });
    const sent: unknown[] = [];
    server.events.on('request:start', async ({ request }) => {
      if (request.method === 'POST' && request.url.endsWith('/image-generation/generate/')) sent.push(await request.clone().json());
    });
    const user = userEvent.setup();
    const { router } = renderApp(`/images?identity=${IDENTITY_ID}&job=${uuid(7)}`);
    await user.click(await screen.findByRole('button', { name: 'Regenerate' }));
    await waitFor(() => expect(router.state.location.search).not.toContain(`job=${uuid(7)}`));
    server.events.removeAllListeners();
    expect(sent).toEqual([
      { identity_id: IDENTITY_ID, user_id: studio.jobs[1]!.user, additional_prompt: 'on a stage', aspect_ratio: '16:9', resolution: '2K', count: 1 },
    ]);
    expect(await screen.findByText('Waiting to start.')).toBeInTheDocument();
  });
});

describe('Likeness', () => {
  const scored = (score: number | null, verdict: 'match' | 'no_match' | 'no_face') => ({
    likeness: { score, verdict, faces: verdict === 'no_face' ? 0 : 1, scored_at: '2026-12-02T10:00:00Z' },
    likeness_unavailable_reason: null,
  });

  it('says on the poster how much it looks like the person, and what the number means', async () => {
    servePhotos([makeReferenceImage()]);
    serveGeneration({ jobs: [makeJob({ id: uuid(5), status: 'succeeded', image: renditions('poster'), ...scored(0.781, 'match') })] });
    renderApp(`/images?identity=${IDENTITY_ID}&job=${uuid(5)}`);
    const result = await screen.findByRole('region', { name: 'Generated image' });
    expect(await within(result).findByText('Likeness 78 % — looks like them')).toBeInTheDocument();
    expect(within(result).getByText(/how closely the face in the poster matches the faces in the reference photos/)).toBeInTheDocument();
  });

  it('gives the reason when a poster has no likeness', async () => {
    servePhotos([makeReferenceImage()]);
    serveGeneration({
      jobs: [
        makeJob({
          id: uuid(5),
          status: 'succeeded',
          image: renditions('poster'),
          likeness: null,
          likeness_unavailable_reason: 'Face matching is off for this person, so nothing was compared.',
        }),
      ],
    });
    renderApp(`/images?identity=${IDENTITY_ID}&job=${uuid(5)}`);
    expect(await screen.findByText('Face matching is off for this person, so nothing was compared.')).toBeInTheDocument();
  });
});
