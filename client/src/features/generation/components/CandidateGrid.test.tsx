import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDENTITY_ID, makeJob, makeReferenceImage, renditions, uuid } from '@/testing/mocks/fixtures';
import { serveGeneration } from '@/testing/mocks/generation';
import { servePhotos } from '@/testing/mocks/photos';
import { renderApp } from '@/testing/render';

const done = (n: number, overrides = {}) =>
  makeJob({ id: uuid(n), status: 'succeeded', image: renditions(`poster-${n}`), width: 1376, height: 768, aspect_ratio: '16:9', ...overrides });

describe('Count and candidates', () => {
  it('asks for the chosen number of posters, says what they cost, and shows each as a candidate', async () => {
    servePhotos([makeReferenceImage()]);
    const studio = serveGeneration();
    const user = userEvent.setup();
    renderApp(`/images?identity=${IDENTITY_ID}`);
    await user.selectOptions(await screen.findByLabelText('Posters'), '4');
    expect(screen.getByText('4 posters, about $0.56')).toBeInTheDocument(); // 1K at $0.14 each
    await user.click(screen.getByRole('button', { name: 'Generate Image' }));

    const grid = await screen.findByRole('region', { name: 'Candidates' });
    expect(within(grid).getAllByRole('listitem', { name: /^Candidate \d of 4 for Creative Visionary$/ })).toHaveLength(4);
    expect(within(grid).getAllByRole('button', { name: /^Cancel candidate/ })).toHaveLength(4);
    expect(studio.jobs).toHaveLength(4);
    expect(new Set(studio.jobs.map((job) => job.batch)).size).toBe(1);
  });

  it('cancels one candidate and stars, uses and compares the drawn ones', async () => {
    // The second photo shows no face: it was not sent with these posters.
    servePhotos([makeReferenceImage(), makeReferenceImage({ id: uuid(4), order: 1, sent_with_posters: false })]);
    const batch = uuid(90);
    const studio = serveGeneration({ jobs: [done(21, { batch }), done(22, { batch }), makeJob({ id: uuid(23), status: 'queued', batch })] });
    const user = userEvent.setup();
    renderApp(`/images?identity=${IDENTITY_ID}&batch=${batch}`);
    const grid = await screen.findByRole('region', { name: 'Candidates' });

    await user.click(await within(grid).findByRole('button', { name: 'Cancel candidate 3' }));
    await waitFor(() => expect(studio.jobs[2]!.status).toBe('cancelled'));
    expect(await within(grid).findAllByText(/Cancelled: Cancelled before it started\./)).not.toHaveLength(0);

    await user.click(within(grid).getByRole('button', { name: /Star candidate 1/ }));
    await waitFor(() => expect(studio.jobs[0]!.starred).toBe(true));
    expect(await within(grid).findByRole('button', { name: /Star candidate 1/, pressed: true })).toBeInTheDocument();

    await user.click(within(grid).getByRole('button', { name: 'Use this one (candidate 2)' }));
    expect(await within(grid).findByRole('button', { name: 'In use (candidate 2)' })).toBeDisabled();
    expect(within(grid).getByText('Current')).toBeInTheDocument();

    await user.click(within(grid).getByRole('checkbox', { name: 'Compare candidate 1' }));
    await user.click(within(grid).getByRole('checkbox', { name: 'Compare candidate 2' }));
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    const dialog = await screen.findByRole('dialog', { name: 'Compare 2 posters' });
    expect(dialog).toHaveFocus();
    expect(within(dialog).getByRole('img', { name: 'Poster 1 for Creative Visionary' })).toBeInTheDocument();
    expect(within(dialog).getByRole('img', { name: 'Reference 1 of the person' })).toBeInTheDocument();
    expect(within(dialog).queryByRole('img', { name: 'Reference 2 of the person' })).not.toBeInTheDocument(); // not sent
    expect(within(dialog).getByRole('button', { name: 'Use poster 1' })).toBeEnabled();
    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByRole('button', { name: 'In use' })).toBeDisabled(); // candidate 2 is current
    fireEvent.touchStart(dialog, { changedTouches: [{ clientX: 300 }] });
    fireEvent.touchEnd(dialog, { changedTouches: [{ clientX: 100 }] }); // a swipe left: the next
    expect(within(dialog).getByRole('button', { name: 'Use poster 1' })).toBeEnabled();
    await user.keyboard('{ArrowRight}{ArrowRight}{Enter}'); // back to 1, and use it
    await waitFor(() => expect(studio.identities[0]!.current_job).toBe(uuid(21)));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows the likeness of each candidate and orders the batch by it, keeping their numbers', async () => {
    const batch = uuid(91);
    const scored = (score: number, verdict: 'match' | 'no_match') => ({
      likeness: { score, verdict, faces: 1, scored_at: '2026-12-02T10:00:00Z' },
      likeness_unavailable_reason: null,
    });
    servePhotos([makeReferenceImage()]);
    serveGeneration({
      jobs: [
        done(31, { batch, created_at: '2026-12-02T10:00:01Z', ...scored(0.21, 'no_match') }),
        done(32, { batch, created_at: '2026-12-02T10:00:02Z', ...scored(0.83, 'match') }),
        done(33, { batch, created_at: '2026-12-02T10:00:03Z', ...scored(0.55, 'match') }),
      ],
    });
    const user = userEvent.setup();
    renderApp(`/images?identity=${IDENTITY_ID}&batch=${batch}`);
    const grid = await screen.findByRole('region', { name: 'Candidates' });
    const names = () => within(grid).getAllByRole('listitem').map((item) => item.getAttribute('aria-label'));
    await waitFor(() => expect(names()).toEqual([1, 2, 3].map((n) => `Candidate ${n} of 3 for Creative Visionary`)));
    expect(within(grid).getByText('⚠ Likeness 21 % — may not be them')).toBeInTheDocument();

    await user.selectOptions(within(grid).getByLabelText('Order'), 'likeness');

    expect(names()).toEqual([2, 3, 1].map((n) => `Candidate ${n} of 3 for Creative Visionary`));
    expect(within(grid.querySelector('li')!).getByText('Likeness 83 % — looks like them')).toBeInTheDocument();
  });
});
