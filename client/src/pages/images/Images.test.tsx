import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getImageGenerationGenerateCreateMockHandler } from '@/api/generated/endpoints/image-generation/image-generation.msw';
import { IDENTITY_ID, makeJob, makeReferenceImage, member, TEST_USER_ID, uuid } from '@/testing/mocks/fixtures';
import { serveGeneration } from '@/testing/mocks/generation';
import { refuse } from '@/testing/mocks/handlers';
import { servePhotos } from '@/testing/mocks/photos';
import { server, signInAs } from '@/testing/mocks/server';
import { renderApp } from '@/testing/render';

describe('Images page access', () => {
  it('tells a non-staff user the page is for admins only and hides the link', async () => {
    signInAs(member);
    renderApp('/images');
    expect(await screen.findByRole('heading', { name: 'Admins only' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Images' })).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Home' })).toBeInTheDocument();
  });
});

describe('Finding the way back', () => {
  it('the Images link keeps the person, identity and job', async () => {
    servePhotos([makeReferenceImage()]);
    serveGeneration({ jobs: [makeJob({ id: uuid(41), status: 'succeeded' })] });
    const user = userEvent.setup();
    renderApp(`/images?identity=${IDENTITY_ID}&job=${uuid(41)}`);
    await screen.findByRole('region', { name: 'Generated image' });

    await user.click(screen.getByRole('link', { name: 'Home' }));
    await user.click(screen.getByRole('link', { name: 'Images' }));

    expect(await screen.findByRole('region', { name: 'Generated image' })).toBeInTheDocument();
    expect(screen.getByLabelText('Choose an identity')).toHaveValue(IDENTITY_ID);
  });

  it('the Images link on the Images page is the page itself, not the place left before', async () => {
    servePhotos([makeReferenceImage()]);
    serveGeneration({ jobs: [makeJob({ id: uuid(44), status: 'succeeded' })] });
    sessionStorage.setItem('images.search', `identity=${IDENTITY_ID}&job=${uuid(45)}`); // an older visit
    renderApp(`/images?identity=${IDENTITY_ID}&job=${uuid(44)}`);
    await screen.findByRole('region', { name: 'Generated image' });

    expect(screen.getByRole('link', { name: 'Images' }).getAttribute('href')).toContain(`job=${uuid(44)}`);
  });

  it('reopening an identity shows its latest job, and that Generate adds another while it runs', async () => {
    servePhotos([makeReferenceImage()]);
    serveGeneration({ jobs: [makeJob({ id: uuid(42), status: 'running' }), makeJob({ id: uuid(43), status: 'succeeded' })] });
    renderApp(`/images?identity=${IDENTITY_ID}`);

    expect(await screen.findByText('Generating the poster.')).toBeInTheDocument();
    expect(screen.getByText('A poster for this identity is still being drawn; Generate starts another.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Generate Image' })).toBeEnabled());
  });

  it('says so when the identity in the address is not the person’s', async () => {
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
    servePhotos([makeReferenceImage()]);
    const user = userEvent.setup();
    const { unmount } = renderApp(`/images?identity=${IDENTITY_ID}`);
    const prompt = await screen.findByLabelText('Additional prompt (optional)');
    await user.type(prompt, 'warm light');
    server.use(getImageGenerationGenerateCreateMockHandler(() => refuse(403, 'Please sign in.', 'not_authenticated')));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Generate Image' })).toBeEnabled());

    await user.click(screen.getByRole('button', { name: 'Generate Image' }));

    expect(await screen.findByText(/Your session has ended\. Sign in again to go on/)).toBeInTheDocument();
    unmount();
    renderApp(`/images?identity=${IDENTITY_ID}`);
    expect(await screen.findByLabelText('Additional prompt (optional)')).toHaveValue('warm light');
  });
});
