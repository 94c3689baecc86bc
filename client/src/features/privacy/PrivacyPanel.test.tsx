import { focusManager } from '@tanstack/react-query';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getUsersEraseCreateMockHandler } from '@/api/generated/endpoints/users/users.msw';
import { erasureReport, serveConsent } from '@/testing/mocks/consent';
import {
  ADMIN_ID,
  IDENTITY_ID,
  makeConsent,
  makeJob,
  makeReferenceImage,
  renditions,
  TEST_USER_ID,
  uuid,
} from '@/testing/mocks/fixtures';
import { serveGeneration } from '@/testing/mocks/generation';
import { refuse } from '@/testing/mocks/handlers';
import { servePhotos } from '@/testing/mocks/photos';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/render';

const panel = async () => within(await screen.findByRole('region', { name: /^Privacy: / }));

/** The panel's line saying how the consent in force was given. */
const howGiven = async (pattern: RegExp) =>
  (await panel()).findByText((_, node) => node?.tagName === 'DD' && pattern.test(node.textContent ?? ''));

describe('The consent dialog', () => {
  it('starts unticked, says what is in force, and shows the server’s refusal of nothing ticked', async () => {
    const consents = serveConsent({ [TEST_USER_ID]: makeConsent(TEST_USER_ID, { face_matching: false }) });
    const user = userEvent.setup();
    renderApp(`/images?user=${TEST_USER_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Change consent…' }));
    const dialog = await screen.findByRole('dialog', { name: /Consent of/ });

    expect(
      await within(dialog).findByText(
        'In force now: sending photos to the provider. Attested by admin@example.com on Jan 1, 2026, under notice version 2026-12. Recording again replaces it.',
      ),
    ).toBeInTheDocument();
    for (const box of within(dialog).getAllByRole('checkbox')) expect(box).not.toBeChecked();
    await user.type(within(dialog).getByLabelText(/Where is the signed form/), 'Paper form in HR file 2026-12');
    await user.click(within(dialog).getByRole('button', { name: 'Record consent' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Nothing was ticked: agree to at least one thing, or withdraw consent instead.',
    );
    expect(consents[TEST_USER_ID]?.history).toHaveLength(1);
  });

  it('needs a note when an admin attests someone else’s consent, and the panel shows it attested', async () => {
    const consents = serveConsent();
    const user = userEvent.setup();
    renderApp(`/images?user=${TEST_USER_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Record consent…' }));
    const dialog = await screen.findByRole('dialog', { name: /Consent of/ });
    await user.click(await within(dialog).findByRole('checkbox', { name: /face is measured/ }));
    const note = within(dialog).getByRole('textbox', { name: /Where is the signed form\? \(required\)/ });
    expect(note).toBeRequired();

    await user.click(within(dialog).getByRole('button', { name: 'Record consent' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Say where the signed form is');
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(consents[TEST_USER_ID]).toBeUndefined();

    await user.type(note, 'Paper form in HR file 2026-12');
    await user.click(within(dialog).getByRole('button', { name: 'Record consent' }));

    expect(await howGiven(/^Attested by admin@example\.com on Dec 5, 2026$/)).toBeInTheDocument();
    expect((await panel()).getByText('Paper form in HR file 2026-12')).toBeInTheDocument();
    expect(consents[TEST_USER_ID]?.current).toMatchObject({ given_by: 'staff', note: 'Paper form in HR file 2026-12' });
  });

  it('asks no note of a person recording their own consent: it is given by them', async () => {
    const consents = serveConsent();
    const user = userEvent.setup();
    renderApp(`/images?user=${ADMIN_ID}`);
    await user.click(await screen.findByRole('button', { name: 'Record consent…' }));
    const dialog = await screen.findByRole('dialog', { name: /Consent of/ });
    expect(await within(dialog).findByRole('group', { name: 'I agree that' })).toBeInTheDocument();
    expect(within(dialog).queryByLabelText(/Where is the signed form/)).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: /face is measured/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Record consent' }));

    expect(await howGiven(/^Given by the person on Dec 5, 2026$/)).toBeInTheDocument();
    expect(consents[ADMIN_ID]?.current?.given_by).toBe('person');
  });
});

describe('Withdrawing', () => {
  const scored = {
    likeness: { score: 0.781, verdict: 'match' as const, faces: 1, scored_at: '2026-12-02T10:00:00Z' },
    likeness_unavailable_reason: null,
  };
  const unscored = {
    likeness: null,
    likeness_unavailable_reason: 'Face matching is off for this person, so nothing was compared.',
  };

  it('says face matching takes the face measurements, then the likeness labels go without a reload', async () => {
    const consents = serveConsent({ [TEST_USER_ID]: makeConsent(TEST_USER_ID) });
    servePhotos([makeReferenceImage({ user: TEST_USER_ID })]);
    const studio = serveGeneration({
      jobs: [makeJob({ id: uuid(5), user: TEST_USER_ID, status: 'succeeded', image: renditions('poster'), ...scored })],
    });
    const user = userEvent.setup();
    renderApp(`/images?user=${TEST_USER_ID}&identity=${IDENTITY_ID}&job=${uuid(5)}`);
    const result = await screen.findByRole('region', { name: 'Generated image' });
    expect(await within(result).findByText('Likeness 78 % — looks like them')).toBeInTheDocument();

    await user.click((await panel()).getByRole('button', { name: 'Withdraw face matching…' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Withdraw face matching?' });
    expect(confirm).toHaveTextContent('The face measurements of Runner returning from injury');
    expect(confirm).toHaveTextContent('and the likeness scores of their posters are deleted now');
    expect(confirm).toHaveTextContent('The photos stay.');
    // The server forgets the scores with the measurements.
    studio.jobs = studio.jobs.map((job) => ({ ...job, ...unscored }));
    await user.click(within(confirm).getByRole('button', { name: 'Withdraw' }));

    expect(await within(result).findByText(unscored.likeness_unavailable_reason)).toBeInTheDocument();
    expect(within(result).queryByText(/Likeness 78 %/)).not.toBeInTheDocument();
    expect(consents[TEST_USER_ID]).toMatchObject({ active: true, send_to_provider: true, face_matching: false });
    expect((await panel()).queryByRole('button', { name: 'Withdraw face matching…' })).not.toBeInTheDocument();
  });

  it('says the photos go when the last scope is withdrawn, and shows them gone', async () => {
    serveConsent({ [TEST_USER_ID]: makeConsent(TEST_USER_ID, { send_to_provider: false }) });
    const photos = servePhotos([makeReferenceImage({ user: TEST_USER_ID })]);
    const user = userEvent.setup();
    renderApp(`/images?user=${TEST_USER_ID}`);
    expect(await screen.findByAltText('Reference photo 1')).toBeInTheDocument();

    await user.click((await panel()).getByRole('button', { name: 'Withdraw face matching…' }));
    const confirm = await screen.findByRole('alertdialog');
    expect(confirm).toHaveTextContent('reference photos and their face measurements are deleted now');
    photos.splice(0); // as the server does
    await user.click(within(confirm).getByRole('button', { name: 'Withdraw' }));

    expect(await (await panel()).findByText(/^Consent withdrawn on/)).toBeInTheDocument();
    expect(screen.queryByAltText('Reference photo 1')).not.toBeInTheDocument();
  });

  it('shows a withdrawal made in another tab when the window is back in focus', async () => {
    const consents = serveConsent({ [TEST_USER_ID]: makeConsent(TEST_USER_ID) });
    servePhotos([makeReferenceImage({ user: TEST_USER_ID })]);
    const studio = serveGeneration({
      jobs: [makeJob({ id: uuid(5), user: TEST_USER_ID, status: 'succeeded', image: renditions('poster'), ...scored })],
    });
    renderApp(`/images?user=${TEST_USER_ID}&identity=${IDENTITY_ID}&job=${uuid(5)}`);
    const result = await screen.findByRole('region', { name: 'Generated image' });
    expect(await within(result).findByText('Likeness 78 % — looks like them')).toBeInTheDocument();
    expect(await (await panel()).findByText('sending photos to the provider and face matching')).toBeInTheDocument();

    // Elsewhere: face matching withdrawn, and with it the poster's score.
    consents[TEST_USER_ID] = makeConsent(TEST_USER_ID, { face_matching: false, recorded_at: '2026-12-05T10:00:00Z' });
    studio.jobs = studio.jobs.map((job) => ({ ...job, ...unscored }));
    act(() => {
      focusManager.setFocused(false);
      focusManager.setFocused(true);
    });

    try {
      expect(await (await panel()).findByText('sending photos to the provider')).toBeInTheDocument();
      expect(await within(result).findByText(unscored.likeness_unavailable_reason)).toBeInTheDocument();
      expect(within(result).queryByText(/Likeness 78 %/)).not.toBeInTheDocument();
    } finally {
      focusManager.setFocused(undefined);
    }
  });
});

describe('Erasing', () => {
  it('asks for the e-mail address, answers in the server’s words, then shows the report without a reload', async () => {
    serveConsent({ [TEST_USER_ID]: makeConsent(TEST_USER_ID) });
    const photos = servePhotos([makeReferenceImage({ user: TEST_USER_ID })]);
    const user = userEvent.setup();
    renderApp(`/images?user=${TEST_USER_ID}`);
    expect(await screen.findByAltText('Reference photo 1')).toBeInTheDocument();

    await user.click((await panel()).getByRole('button', { name: 'Erase this person…' }));
    const dialog = await screen.findByRole('alertdialog', { name: /^Erase/ });
    const erase = within(dialog).getByRole('button', { name: 'Erase this person' });
    expect(erase).toBeDisabled();
    const email = within(dialog).getByLabelText(/type their e-mail address/);
    expect(email).toHaveFocus();
    await user.type(email, 'sam@test.example.co');
    expect(erase).toBeDisabled();
    await user.type(email, 'm');
    expect(erase).toBeEnabled();

    photos.splice(0);
    await user.click(erase);

    const report = await (await panel()).findByText(/was erased\.$/);
    const box = report.closest('[role="status"]')!;
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(box).toHaveTextContent(`${erasureReport.reference_photos} reference photos`);
    expect(box).toHaveTextContent(`${erasureReport.generation_jobs} posters and generation jobs`);
    expect(box).toHaveTextContent('14 files removed from storage');
    expect(box).toHaveTextContent('Nothing is left for the storage sweep.');
    expect(await (await panel()).findByText('No consent recorded: no photo can be added yet.')).toBeInTheDocument();
    expect(screen.queryByAltText('Reference photo 1')).not.toBeInTheDocument();
  });

  it('shows the server’s refusal, keeps the dialog open, and shows no report', async () => {
    serveConsent({ [TEST_USER_ID]: makeConsent(TEST_USER_ID) });
    server.use(getUsersEraseCreateMockHandler(() => refuse(403, 'Only a superuser can erase an admin.', 'permission_denied')));
    const user = userEvent.setup();
    renderApp(`/images?user=${TEST_USER_ID}`);
    await user.click(await (await panel()).findByRole('button', { name: 'Erase this person…' }));
    const dialog = await screen.findByRole('alertdialog', { name: /^Erase/ });
    // Compared as the server compares: case and surrounding spaces aside.
    await user.type(within(dialog).getByLabelText(/type their e-mail address/), ' SAM@test.example.com ');
    await user.click(within(dialog).getByRole('button', { name: 'Erase this person' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Only a superuser can erase an admin.');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    expect((await panel()).queryByText(/was erased/)).not.toBeInTheDocument();
  });
});
