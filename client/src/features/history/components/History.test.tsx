import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDENTITY_ID, makeIdentity, makeJob, makeReferenceImage, renditions, uuid } from '@/testing/mocks/fixtures';
import { serveGeneration } from '@/testing/mocks/generation';
import { servePhotos } from '@/testing/mocks/photos';
import { renderApp } from '@/testing/render';

const done = (n: number, overrides = {}) =>
  makeJob({ id: uuid(n), status: 'succeeded', image: renditions(`poster-${n}`), width: 1376, height: 768, aspect_ratio: '16:9', ...overrides });

const scored = (score: number | null, verdict: 'match' | 'no_match' | 'no_face') => ({
  likeness: { score, verdict, faces: verdict === 'no_face' ? 0 : 1, scored_at: '2026-12-02T10:00:00Z' },
  likeness_unavailable_reason: null,
});

describe('History', () => {
  it('shows an earlier job from the history and puts its id in the URL', async () => {
    servePhotos([makeReferenceImage()]);
    serveGeneration({
      jobs: [
        makeJob({ id: uuid(11), status: 'failed', error_message: 'The service was busy.' }),
        makeJob({ id: uuid(12), status: 'succeeded', image: renditions('old-poster') }),
      ],
    });
    const user = userEvent.setup();
    const { router } = renderApp(`/images?identity=${IDENTITY_ID}`);
    const older = await screen.findByRole('button', { name: /generated on/ });
    await user.click(older);
    expect(router.state.location.search).toContain(`job=${uuid(12)}`);
    expect(await screen.findByRole('img', { name: 'Generated poster for the identity Creative Visionary' })).toHaveAttribute(
      'src',
      '/media/old-poster-medium.jpg',
    );
    expect(screen.getByRole('button', { name: /Failed: The service was busy\./ })).toBeInTheDocument();
  });

  it('sorts the history by likeness, highest first, posters without a face last', async () => {
    servePhotos([makeReferenceImage()]);
    serveGeneration({
      jobs: [
        makeJob({ id: uuid(21), status: 'succeeded', image: renditions('a'), ...scored(null, 'no_face') }),
        makeJob({ id: uuid(22), status: 'succeeded', image: renditions('b'), ...scored(0.14, 'no_match') }),
        makeJob({ id: uuid(23), status: 'succeeded', image: renditions('c'), ...scored(0.78, 'match') }),
      ],
    });
    const user = userEvent.setup();
    renderApp(`/images?identity=${IDENTITY_ID}`);
    const history = await screen.findByRole('region', { name: 'History' });
    const labels = () => within(history).getAllByTestId('likeness').map((badge) => badge.textContent);
    await within(history).findAllByTestId('likeness');
    expect(labels()).toEqual(['No face found', '⚠ Likeness 14 % — may not be them', 'Likeness 78 % — looks like them']);
    await user.selectOptions(within(history).getByLabelText('Sort'), 'likeness');
    expect(labels()).toEqual(['Likeness 78 % — looks like them', '⚠ Likeness 14 % — may not be them', 'No face found']);
  });

  it('shows 20 at first with the total, and loads the rest', async () => {
    servePhotos([makeReferenceImage()]);
    serveGeneration({ jobs: Array.from({ length: 25 }, (_, index) => done(100 + index)) });
    const user = userEvent.setup();
    renderApp(`/images?identity=${IDENTITY_ID}`);
    expect(await screen.findByText('Showing 20 of 25')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Showing 25 of 25')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('marks the job the identity shows now as current, whatever was saved before', async () => {
    servePhotos([makeReferenceImage()]);
    // Both were saved once; the identity shows the second.
    serveGeneration({
      jobs: [done(31, { saved_to_identity_at: '2026-12-01T10:00:00Z' }), done(32, { saved_to_identity_at: '2026-12-01T11:00:00Z' })],
      identities: [makeIdentity({ current_job: uuid(32), current_version: uuid(60) })],
    });
    renderApp(`/images?identity=${IDENTITY_ID}&job=${uuid(31)}`);
    // The shown job was saved earlier but is not the current image: it can be saved again.
    expect(await screen.findByRole('button', { name: 'Save to Identity' })).toBeEnabled();
    const history = screen.getByRole('region', { name: 'History' });
    const marks = await within(history).findAllByText('Current');
    expect(marks).toHaveLength(1);
    // The open one is 31 (pressed); the current one is 32.
    expect(marks[0]!.closest('button')).toHaveAttribute('aria-pressed', 'false');
    expect(within(history).getByRole('button', { pressed: true })).not.toHaveTextContent('Current');
  });

  it('shows the settings and status on each tile and keeps the poster uncropped', async () => {
    servePhotos([makeReferenceImage()]);
    serveGeneration({ jobs: [done(41, { resolution: '2K' }), makeJob({ id: uuid(42), status: 'cancelled', error_message: 'Cancelled before it started.' })] });
    renderApp(`/images?identity=${IDENTITY_ID}`);
    const history = await screen.findByRole('region', { name: 'History' });
    expect(await within(history).findByText('16:9 · 2K')).toBeInTheDocument();
    expect(within(history).getByText('Succeeded', { selector: 'span' })).toBeInTheDocument();
    expect(within(history).getByText('Cancelled: Cancelled before it started.')).toBeInTheDocument();
    const poster = within(history).getByRole('img', { name: /Poster for Creative Visionary generated on/ });
    expect(poster).toHaveClass('object-contain');
    expect(poster).not.toHaveClass('object-cover');
    expect(poster.parentElement).toHaveStyle({ aspectRatio: '1376 / 768' });
    // The scroller pads its tiles, so their focus ring is not clipped.
    expect(poster.closest('ul')).toHaveClass('p-2');
  });

  it('filters to the starred ones', async () => {
    servePhotos([makeReferenceImage()]);
    serveGeneration({ jobs: [done(51, { starred: true }), done(52)] });
    const user = userEvent.setup();
    renderApp(`/images?identity=${IDENTITY_ID}`);
    expect(await screen.findByText('Showing 2 of 2')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Starred only' }));
    expect(await screen.findByText('Showing 1 of 1')).toBeInTheDocument();
  });

  it('says when no poster matches the filters, and clears them', async () => {
    servePhotos([makeReferenceImage()]);
    serveGeneration({ jobs: [done(53)] });
    const user = userEvent.setup();
    renderApp(`/images?identity=${IDENTITY_ID}`);
    expect(await screen.findByText('Showing 1 of 1')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Status'), 'Failed');
    expect(await screen.findByText('No poster matches these filters.')).toBeInTheDocument();
    expect(screen.queryByText('No earlier images for this identity.')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText('Showing 1 of 1')).toBeInTheDocument();
    expect(screen.getByLabelText('Status')).toHaveValue('');
  });
});
