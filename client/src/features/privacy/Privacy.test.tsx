import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getAuditListMockHandler } from '@/api/generated/endpoints/audit/audit.msw';
import type { AuditEventOutput } from '@/api/generated/model';
import { serveConsent } from '@/testing/mocks/consent';
import { ADMIN_ID, makeConsent, makeJob, makeReferenceImage, page, renditions, TEST_USER_ID, uuid } from '@/testing/mocks/fixtures';
import { serveGeneration } from '@/testing/mocks/generation';
import { servePhotos } from '@/testing/mocks/photos';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/render';

describe('Consent before photos', () => {
  it('asks for consent in a dialog, with the notice, before the first photo of a person', async () => {
    const consents = serveConsent({ [ADMIN_ID]: makeConsent(ADMIN_ID) });
    const user = userEvent.setup();
    renderApp(`/images?user=${TEST_USER_ID}`);

    expect(await screen.findByText('No consent recorded: no photos can be added yet.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Upload photo 1')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a photo…' }));

    const dialog = await screen.findByRole('dialog', { name: /Consent of/ });
    expect(await within(dialog).findByText('What we store: up to five photos of you.')).toBeInTheDocument();
    // The scope is worded by the server, for the provider it uses.
    const sending = within(dialog).getByRole('checkbox', { name: 'their photos are sent to the test provider to draw posters' });
    // Nothing is agreed until the person says so.
    expect(sending).not.toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: /face is measured/ })).not.toBeChecked();
    await user.click(sending);
    // An admin recording someone else's consent attests it, saying where the signed form is.
    await user.type(within(dialog).getByLabelText(/Where is the signed form/), 'Paper form in HR file 2026-12');
    await user.click(within(dialog).getByRole('button', { name: 'Record consent' }));

    expect(await screen.findByLabelText('Upload photo 1')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('Consent recorded for photos to the provider.')).toBeInTheDocument();
    expect(consents[TEST_USER_ID]?.face_matching).toBe(false);
  });

  it('closes the dialog with Escape and records nothing', async () => {
    const consents = serveConsent({ [TEST_USER_ID]: makeConsent(TEST_USER_ID) });
    const user = userEvent.setup();
    renderApp('/images');
    await user.click(await screen.findByRole('button', { name: 'Add a photo…' }));
    await screen.findByRole('dialog');

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(consents[ADMIN_ID]).toBeUndefined();
  });
});

describe('Retention dates', () => {
  it('shows when each photo and an unsaved poster will be deleted', async () => {
    servePhotos([makeReferenceImage({ deletes_at: '2027-03-04T10:00:00Z' })]);
    const poster = makeJob({ status: 'succeeded', image: renditions('poster'), deletes_at: '2027-01-02T10:00:00Z' });
    serveGeneration({ jobs: [poster] });
    renderApp(`/images?job=${poster.id}`);

    expect(await screen.findByText((_, node) => node?.textContent === 'Deleted on Mar 4, 2027 unless used for a poster')).toBeInTheDocument();
    expect(await screen.findByText((_, node) => node?.textContent === 'Deleted on Jan 2, 2027 unless saved to the identity')).toBeInTheDocument();
  });
});

describe('Activity', () => {
  const event = (n: number, actorId: string | null, action: 'reference.upload' | 'retention.purge'): AuditEventOutput => ({
    id: uuid(n),
    at: '2026-12-04T10:00:00Z',
    actor_id: actorId,
    subject_user_id: TEST_USER_ID,
    action,
    object_type: 'referenceimage',
    object_id: uuid(n + 1),
    ip: null,
    details: {},
  });

  it('names who acted as the admin knows them, never by a bare id', async () => {
    const stranger = '33333333-3333-4333-8333-333333333333';
    server.use(
      getAuditListMockHandler(
        page([event(71, ADMIN_ID, 'reference.upload'), event(73, null, 'retention.purge'), event(75, stranger, 'reference.upload')]),
      ),
    );
    const user = userEvent.setup();
    renderApp(`/images?user=${TEST_USER_ID}`);
    const summary = await screen.findByText(/^Activity for/);
    await user.click(summary);

    const activity = within(summary.closest('details')!);
    expect(await activity.findByText('by you')).toBeInTheDocument();
    expect(activity.getByText('by the system')).toBeInTheDocument();
    expect(activity.getByText('by account 33333333')).toBeInTheDocument();
    expect(summary.closest('details')).not.toHaveTextContent(ADMIN_ID.slice(0, 8));
  });
});
