import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDENTITY_ID, makeIdentity, makeJob, makeReferenceImage, makeVersion, renditions, uuid } from '@/testing/mocks/fixtures';
import { serveGeneration } from '@/testing/mocks/generation';
import { servePhotos } from '@/testing/mocks/photos';
import { renderApp } from '@/testing/render';

const done = (n: number) => makeJob({ id: uuid(n), status: 'succeeded', image: renditions(`poster-${n}`) });

describe('Identity versions', () => {
  it('lists every version and restores one, undoably', async () => {
    servePhotos([makeReferenceImage()]);
    const studio = serveGeneration({
      identities: [makeIdentity({ image: renditions('v2'), current_version: uuid(61), current_job: uuid(31) })],
      versions: [
        makeVersion({ id: uuid(61), source: 'generation', job: uuid(31), is_current: true, image: renditions('v2') }),
        makeVersion({ id: uuid(62), source: 'upload', is_current: false, image: renditions('v1'), created_at: '2026-11-01T10:00:00Z' }),
      ],
    });
    const user = userEvent.setup();
    renderApp(`/images?identity=${IDENTITY_ID}`);
    const section = await screen.findByRole('region', { name: /current poster and versions/ });
    expect(await within(section).findByText('Uploaded')).toBeInTheDocument();
    expect(within(section).getByText(/^Generated/)).not.toHaveTextContent(uuid(31).slice(0, 8));

    await user.click(within(section).getByRole('button', { name: /^Restore the version from/ }));
    await waitFor(() => expect(studio.identities[0]!.current_version).toBe(uuid(62)));
    expect(await within(section).findByRole('img', { name: 'Current poster of Creative Visionary' })).toHaveAttribute('src', '/media/v1-medium.jpg');
    await user.click(await within(section).findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(studio.identities[0]!.current_version).toBe(uuid(61)));
  });

  it('opens the generation a version came from', async () => {
    servePhotos([makeReferenceImage()]);
    serveGeneration({
      jobs: [done(34), done(33)],
      identities: [makeIdentity({ image: renditions('v3'), current_version: uuid(63), current_job: uuid(33) })],
      versions: [makeVersion({ id: uuid(63), source: 'generation', job: uuid(33), is_current: true, image: renditions('v3') })],
    });
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
