import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db, IDENTITY_ID, makeIdentity, makeJob, makeReferenceImage, makeVersion, renditions, uuid } from '@/testing/mocks/db';
import { renderApp } from '@/testing/render';

const done = (n: number, overrides = {}) =>
  makeJob({ id: uuid(n), status: 'succeeded', image: renditions(`poster-${n}`), width: 1376, height: 768, aspect_ratio: '16:9', ...overrides });

describe('Count and candidates', () => {
  it('asks for the chosen number of posters, says what they cost, and shows each as a candidate', async () => {
    db.referenceImages = [makeReferenceImage()];
    const user = userEvent.setup();
    renderApp(`/images?identity=${IDENTITY_ID}`);
    await user.selectOptions(await screen.findByLabelText('Posters'), '4');
    expect(screen.getByText('4 posters, about $0.56')).toBeInTheDocument(); // 1K at $0.14 each
    await user.click(screen.getByRole('button', { name: 'Generate Image' }));

    const grid = await screen.findByRole('region', { name: 'Candidates' });
    expect(within(grid).getAllByRole('listitem', { name: /^Candidate \d of 4 for Creative Visionary$/ })).toHaveLength(4);
    expect(within(grid).getAllByRole('button', { name: /^Cancel candidate/ })).toHaveLength(4);
    expect(db.jobs).toHaveLength(4);
    expect(new Set(db.jobs.map((job) => job.batch)).size).toBe(1);
  });

  it('cancels one candidate and stars, uses and compares the drawn ones', async () => {
    // The second photo shows no face: it was not sent with these posters.
    db.referenceImages = [makeReferenceImage(), makeReferenceImage({ id: uuid(4), order: 1, sent_with_posters: false })];
    const batch = uuid(90);
    db.jobs = [done(21, { batch }), done(22, { batch }), makeJob({ id: uuid(23), status: 'queued', batch })];
    const user = userEvent.setup();
    renderApp(`/images?identity=${IDENTITY_ID}&batch=${batch}`);
    const grid = await screen.findByRole('region', { name: 'Candidates' });

    await user.click(await within(grid).findByRole('button', { name: 'Cancel candidate 3' }));
    await waitFor(() => expect(db.jobs[2]!.status).toBe('cancelled'));
    expect(await within(grid).findAllByText(/Cancelled: Cancelled before it started\./)).not.toHaveLength(0);

    await user.click(within(grid).getByRole('button', { name: /Star candidate 1/ }));
    await waitFor(() => expect(db.jobs[0]!.starred).toBe(true));
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
    await waitFor(() => expect(db.identities[0]!.current_job).toBe(uuid(21)));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
  it('shows the likeness of each candidate and orders the batch by it, keeping their numbers', async () => {
    const batch = uuid(91);
    const scored = (score: number, verdict: 'match' | 'no_match') => ({
      likeness: { score, verdict, faces: 1, scored_at: '2026-12-02T10:00:00Z' },
      likeness_unavailable_reason: null,
    });
    db.referenceImages = [makeReferenceImage()];
    db.jobs = [
      done(31, { batch, created_at: '2026-12-02T10:00:01Z', ...scored(0.21, 'no_match') }),
      done(32, { batch, created_at: '2026-12-02T10:00:02Z', ...scored(0.83, 'match') }),
      done(33, { batch, created_at: '2026-12-02T10:00:03Z', ...scored(0.55, 'match') }),
    ];
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

describe('History', () => {
  it('shows 20 at first with the total, and loads the rest', async () => {
    db.referenceImages = [makeReferenceImage()];
    db.jobs = Array.from({ length: 25 }, (_, index) => done(100 + index));
    const user = userEvent.setup();
    renderApp(`/images?identity=${IDENTITY_ID}`);
    expect(await screen.findByText('Showing 20 of 25')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Showing 25 of 25')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('marks the job the identity shows now as current, whatever was saved before', async () => {
    db.referenceImages = [makeReferenceImage()];
    // Both were saved once; the identity shows the second.
    db.jobs = [done(31, { saved_to_identity_at: '2026-12-01T10:00:00Z' }), done(32, { saved_to_identity_at: '2026-12-01T11:00:00Z' })];
    db.identities = [makeIdentity({ current_job: uuid(32), current_version: uuid(60) })];
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
    db.referenceImages = [makeReferenceImage()];
    db.jobs = [done(41, { resolution: '2K' }), makeJob({ id: uuid(42), status: 'cancelled', error_message: 'Cancelled before it started.' })];
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
    db.referenceImages = [makeReferenceImage()];
    db.jobs = [done(51, { starred: true }), done(52)];
    const user = userEvent.setup();
    renderApp(`/images?identity=${IDENTITY_ID}`);
    expect(await screen.findByText('Showing 2 of 2')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Starred only' }));
    expect(await screen.findByText('Showing 1 of 1')).toBeInTheDocument();
  });

  it('says when no poster matches the filters, and clears them', async () => {
    db.referenceImages = [makeReferenceImage()];
    db.jobs = [done(53)];
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

describe('Identity versions', () => {
  it('lists every version and restores one, undoably', async () => {
    db.referenceImages = [makeReferenceImage()];
    db.versions = [
      makeVersion({ id: uuid(61), source: 'generation', job: uuid(31), is_current: true, image: renditions('v2') }),
      makeVersion({ id: uuid(62), source: 'upload', is_current: false, image: renditions('v1'), created_at: '2026-11-01T10:00:00Z' }),
    ];
    db.identities = [makeIdentity({ image: renditions('v2'), current_version: uuid(61), current_job: uuid(31) })];
    const user = userEvent.setup();
    renderApp(`/images?identity=${IDENTITY_ID}`);
    const section = await screen.findByRole('region', { name: /current poster and versions/ });
    expect(await within(section).findByText('Uploaded')).toBeInTheDocument();
    expect(within(section).getByText(/^Generated/)).not.toHaveTextContent(uuid(31).slice(0, 8));

    await user.click(within(section).getByRole('button', { name: /^Restore the version from/ }));
    await waitFor(() => expect(db.identities[0]!.current_version).toBe(uuid(62)));
    expect(await within(section).findByRole('img', { name: 'Current poster of Creative Visionary' })).toHaveAttribute('src', '/media/v1-medium.jpg');
    await user.click(await within(section).findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(db.identities[0]!.current_version).toBe(uuid(61)));
  });

  it('opens the generation a version came from', async () => {
    db.referenceImages = [makeReferenceImage()];
    db.jobs = [done(34), done(33)];
    db.versions = [makeVersion({ id: uuid(63), source: 'generation', job: uuid(33), is_current: true, image: renditions('v3') })];
    db.identities = [makeIdentity({ image: renditions('v3'), current_version: uuid(63), current_job: uuid(33) })];
    const user = userEvent.setup();
    renderApp(`/images?identity=${IDENTITY_ID}&job=${uuid(34)}`);
    const history = await screen.findByRole('region', { name: 'History' });
    const shownFirst = await within(history).findByRole('button', { pressed: true });
    expect(shownFirst).not.toHaveTextContent('Current');

    const section = screen.getByRole('region', { name: /current poster and versions/ });
    await user.click(await within(section).findByRole('button', { name: /^Open the poster of the version from/ }));

    // The job now shown is the version's: the history's current one.
    await waitFor(() => expect(within(history).getByRole('button', { pressed: true })).toHaveTextContent('Current'));
  });
});
