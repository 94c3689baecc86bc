import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDENTITY_ID, makeJob, makeReferenceImage, renditions, uuid } from '@/testing/mocks/fixtures';
import { serveGeneration } from '@/testing/mocks/generation';
import { servePhotos } from '@/testing/mocks/photos';
import { renderApp } from '@/testing/render';

describe('Refine', () => {
  it('refines a finished poster from an example chip and shows the child beside its parent', async () => {
    servePhotos([makeReferenceImage()]);
    const studio = serveGeneration({ jobs: [makeJob({ id: uuid(5), status: 'succeeded', image: renditions('poster'), mime_type: 'image/png' })] });
    const user = userEvent.setup();
    const { router } = renderApp(`/images?identity=${IDENTITY_ID}&job=${uuid(5)}`);

    await user.click(await screen.findByRole('button', { name: 'Refine' }, { timeout: 5000 }));
    expect(screen.getByText(/offline provider only approximates a refinement/)).toBeInTheDocument();
    const submit = screen.getByRole('button', { name: 'Refine poster' });
    expect(submit).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'plain background' }));
    expect(screen.getByLabelText('How should this poster change?')).toHaveValue('plain background');
    await user.click(submit);

    const child = studio.jobs[0]!;
    expect(child.parent_id).toBe(uuid(5));
    expect(child.instruction).toBe('plain background');
    expect(router.state.location.search).toContain(`job=${child.id}`);
    expect(await screen.findByText('Refinement: plain background (shown)')).toBeInTheDocument();
    const lineage = screen.getByRole('region', { name: 'Lineage' });
    expect(within(lineage).getByRole('button', { name: 'First poster' })).toBeInTheDocument();
    const twoUp = within(lineage).getByRole('group', { name: 'Parent and refinement side by side' });
    expect(within(twoUp).getByRole('img', { name: 'Before: First poster' })).toHaveAttribute('src', '/media/poster-medium.jpg');
    expect(await screen.findByText('↳ Refinement: plain background')).toBeInTheDocument();
  });

  it('offers no refinement of a poster that did not finish', async () => {
    servePhotos([makeReferenceImage()]);
    serveGeneration({ jobs: [makeJob({ id: uuid(6), status: 'failed', error_message: 'Busy.' })] });
    renderApp(`/images?identity=${IDENTITY_ID}&job=${uuid(6)}`);
    expect(await screen.findByText('Busy.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Refine' })).not.toBeInTheDocument();
  });
});
