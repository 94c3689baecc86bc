import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getImageGenerationGenerateCreateMockHandler } from '@/api/generated/endpoints/image-generation/image-generation.msw';
import { CONSENT_LINK_URL, LINK_TOKEN, serveConsentLinkPage, serveConsentLinks } from '@/testing/mocks/consent';
import { makeConsentStep, makeReferenceImage, TEST_USER_ID, TEST_USER_IDENTITY_ID } from '@/testing/mocks/fixtures';
import { serveGeneration } from '@/testing/mocks/generation';
import { refuse } from '@/testing/mocks/handlers';
import { servePhotos } from '@/testing/mocks/photos';
import { server, signInAs } from '@/testing/mocks/server';
import { renderApp } from '@/testing/render';

describe('The consent link page', () => {
  beforeEach(() => signInAs(null)); // the person has no account here

  it('shows the notice in full and unticked choices, signed out, with no admin navigation', async () => {
    serveConsentLinkPage();
    renderApp(`/consent/${LINK_TOKEN}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Your photos and your consent' })).toBeInTheDocument();
    expect(screen.getByText('What we store: up to five photos of you.')).toBeInTheDocument();
    expect(screen.getByText('How to erase it: ask an admin.')).toBeInTheDocument();
    const boxes = within(screen.getByRole('group', { name: /Tick what you agree to/ })).getAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    for (const box of boxes) expect(box).not.toBeChecked();
    expect(screen.getByLabelText('Your full name, as your signature')).toHaveValue('');
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign in' })).not.toBeInTheDocument();
  });

  it('refuses nothing ticked in the server’s words, then records what the person ticked and signed', async () => {
    const steps = serveConsentLinkPage();
    const user = userEvent.setup();
    renderApp(`/consent/${LINK_TOKEN}`);
    await user.type(await screen.findByLabelText('Your full name, as your signature'), 'Sam Tester');
    await user.click(screen.getByRole('button', { name: 'Agree' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Nothing was ticked: agree to at least one thing');
    expect(steps).toHaveLength(0);

    await user.click(screen.getByRole('checkbox', { name: /face is measured/ }));
    await user.click(screen.getByRole('button', { name: 'Agree' }));

    expect(await screen.findByText('Thank you: your consent is recorded.')).toHaveFocus();
    const inForce = screen.getByRole('region', { name: 'What you agree to now' });
    expect(inForce).toHaveTextContent('given by you');
    expect(inForce).toHaveTextContent('measuring your face to check that posters look like you');
    expect(inForce).not.toHaveTextContent('sending your photos');
    expect(screen.queryByRole('button', { name: 'Agree' })).not.toBeInTheDocument();
    expect(steps[0]).toMatchObject({ given_by: 'person', full_name: 'Sam Tester', scopes: ['face_matching'] });
  });

  it('shows what is in force, and withdraws it after saying what is deleted', async () => {
    const steps = serveConsentLinkPage([makeConsentStep(TEST_USER_ID, { given_by: 'person', full_name: 'Sam Tester' })]);
    const user = userEvent.setup();
    renderApp(`/consent/${LINK_TOKEN}`);
    const inForce = await screen.findByRole('region', { name: 'What you agree to now' });
    expect(inForce).toHaveTextContent('sending your photos to the image provider');
    expect(inForce).toHaveTextContent('measuring your face');

    await user.click(within(inForce).getByRole('button', { name: 'Withdraw all my consent…' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Withdraw all my consent?' });
    expect(confirm).toHaveTextContent('Your reference photos and the measurements of your face are deleted now.');
    await user.click(within(confirm).getByRole('button', { name: 'Withdraw' }));

    expect(await screen.findByText(/^Your consent is withdrawn/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'What you agree to now' })).not.toBeInTheDocument();
    // It may be given again while the link works, from unticked boxes.
    for (const box of screen.getAllByRole('checkbox')) expect(box).not.toBeChecked();
    expect(steps[0]).toMatchObject({ change: 'withdraw', active: false, given_by: 'person' });
  });

  it('says one thing of any link that does not open', async () => {
    serveConsentLinkPage();
    renderApp('/consent/not-a-token-we-made');

    expect(await screen.findByRole('heading', { level: 1, name: 'This link has expired; ask for a new one' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign in' })).not.toBeInTheDocument();
  });
});

describe('Sending a consent link', () => {
  it('shows the link with Copy and its expiry, then revokes it', async () => {
    serveConsentLinks();
    const user = userEvent.setup();
    renderApp(`/images?user=${TEST_USER_ID}`);
    const panel = within(await screen.findByRole('region', { name: /^Privacy: / }));
    await user.click(await panel.findByRole('button', { name: 'Send consent link' }));

    const address = await panel.findByLabelText(/Consent link: send it to the person/);
    expect(address).toHaveValue(CONSENT_LINK_URL);
    expect(panel.getByText(/^Works until/)).toBeInTheDocument();
    await user.click(panel.getByRole('button', { name: 'Copy' }));
    expect(await panel.findByText(/^Copied\./)).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(CONSENT_LINK_URL);

    await user.click(panel.getByRole('button', { name: 'Revoke the link' }));
    expect(await panel.findByText('The consent link was revoked: it no longer opens.')).toBeInTheDocument();
    expect(panel.queryByLabelText(/Consent link: send it to the person/)).not.toBeInTheDocument();
    expect(panel.getByRole('button', { name: 'Send consent link' })).toBeInTheDocument();
  });

  it('is offered when generating is refused because the notice changed', async () => {
    serveConsentLinks();
    servePhotos([makeReferenceImage({ user: TEST_USER_ID })]);
    serveGeneration();
    const sentence =
      "The privacy notice has changed: photos are now sent to Google's Gemini API, which the notice this person agreed to did not name. They need to give their consent again under the new notice (send them a new consent link).";
    server.use(getImageGenerationGenerateCreateMockHandler(() => refuse(409, sentence, 'consent_required')));
    const user = userEvent.setup();
    renderApp(`/images?user=${TEST_USER_ID}&identity=${TEST_USER_IDENTITY_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Generate Image' }));

    expect(await screen.findByText(sentence)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send a new consent link' }));
    expect((await screen.findAllByLabelText(/Consent link: send it to the person/))[0]).toHaveValue(CONSENT_LINK_URL);
  });
});
