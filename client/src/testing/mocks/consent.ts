import {
  getConsentLinkGiveMockHandler,
  getConsentLinkRetrieveMockHandler,
  getConsentLinkWithdrawMockHandler,
} from '@/api/generated/endpoints/consent/consent.msw';
import {
  getUsersConsentCreateMockHandler,
  getUsersConsentLinksCreateMockHandler,
  getUsersConsentLinksRetrieveMockHandler,
  getUsersConsentLinksRevokeCreateMockHandler,
  getUsersConsentRetrieveMockHandler,
  getUsersConsentWithdrawCreateMockHandler,
  getUsersEraseCreateMockHandler,
} from '@/api/generated/endpoints/users/users.msw';
import type {
  ConsentLinkConsentOutput,
  ConsentLinkGiveInputRequest,
  ConsentLinkPageOutput,
  ConsentLinkStatusOutput,
  ConsentScopeEnum,
  ErasureReportOutput,
  PersonConsentOutput,
  PersonConsentRecordInputRequest,
  PersonConsentStepOutput,
  PersonConsentWithdrawInputRequest,
  PersonEraseInputRequest,
} from '@/api/generated/model';
import { ADMIN_ID, generationUsers, makeConsentStep, noConsent, noConsentLink, privacyNotice, TEST_USER_ID, uuid } from './fixtures';
import { refuse } from './handlers';
import { server } from './server';

/** What an erasure answers in tests (the person had 2 photos and 3 posters). */
export const erasureReport: ErasureReportOutput = {
  reference_photos: 2,
  generation_jobs: 3,
  generation_batches: 2,
  identity_images: 1,
  consent_records: 2,
  consent_links: 1,
  account_deleted: false,
  sessions: 0,
  files_removed: 14,
  files_left: 0,
};

const SCOPES: ConsentScopeEnum[] = ['send_to_provider', 'face_matching'];
const NOW = '2026-12-05T10:00:00Z';

/** The brief a consent answer starts with, made from its latest step (as the server does). */
function consentOf(userId: string, history: PersonConsentStepOutput[]): PersonConsentOutput {
  const [current] = history;
  if (!current) return noConsent(userId);
  return {
    user: userId,
    active: current.active,
    recorded_by: current.recorded_by,
    recorded_at: current.recorded_at,
    notice_version: current.notice_version,
    send_to_provider: current.send_to_provider,
    face_matching: current.face_matching,
    withdrawn_at: current.withdrawn_at,
    current,
    history,
  };
}

/** A step after another: withdrawing `scopes` (every one when empty) from `before`. */
function withdrawn(before: PersonConsentStepOutput, scopes: ConsentScopeEnum[], by: 'person' | 'staff'): PersonConsentStepOutput {
  const gone = scopes.length ? scopes : SCOPES;
  const left = SCOPES.filter((scope) => before[scope] && !gone.includes(scope));
  return makeConsentStep(before.user, {
    id: before.id + 1,
    change: 'withdraw',
    given_by: by,
    recorded_at: NOW,
    active: left.length > 0,
    send_to_provider: left.includes('send_to_provider'),
    face_matching: left.includes('face_matching'),
    scopes: left,
    withdrawn_at: left.length ? null : NOW,
    provider: before.provider,
    notice_version: before.notice_version,
  });
}

/**
 * For a test that records, withdraws or erases: each person's consent by user id (one missing
 * has none recorded), answered and changed as the server does, a new step on top of the
 * history each time, into the record returned. The admin signed in records for someone else
 * as attested (a note is required); nothing ticked is refused.
 */
export function serveConsent(initial: Record<string, PersonConsentOutput> = {}): Record<string, PersonConsentOutput> {
  const consents = { ...initial };
  const historyOf = (id: string) => consents[id]?.history ?? [];
  server.use(
    getUsersConsentRetrieveMockHandler(({ params }) => consents[String(params.id)] ?? noConsent(String(params.id))),
    getUsersConsentCreateMockHandler(async ({ params, request }) => {
      const body = (await request.json()) as PersonConsentRecordInputRequest;
      const id = String(params.id);
      const byPerson = id === ADMIN_ID;
      if (!body.send_to_provider && !body.face_matching) {
        refuse(400, 'Nothing was ticked: agree to at least one thing, or withdraw consent instead.', 'nothing_agreed');
      }
      if (!byPerson && !body.note?.trim()) refuse(400, 'Say where the person’s signed form is.', 'note_required');
      const history = historyOf(id);
      const step = makeConsentStep(id, {
        id: (history[0]?.id ?? 0) + 1,
        given_by: byPerson ? 'person' : 'staff',
        recorded_at: NOW,
        note: body.note?.trim() ?? '',
        notice_version: body.notice_version,
        send_to_provider: body.send_to_provider,
        face_matching: body.face_matching,
      });
      consents[id] = consentOf(id, [step, ...history]);
      return consents[id];
    }),
    getUsersConsentWithdrawCreateMockHandler(async ({ params, request }) => {
      const body = (await request.json()) as PersonConsentWithdrawInputRequest;
      const id = String(params.id);
      const history = historyOf(id);
      const before = history[0];
      if (!before?.active) refuse(409, 'This person has no consent to withdraw.', 'no_consent');
      consents[id] = consentOf(id, [withdrawn(before, body.scopes ?? [], 'staff'), ...history]);
      return consents[id];
    }),
    getUsersEraseCreateMockHandler(async ({ params, request }) => {
      const body = (await request.json()) as PersonEraseInputRequest;
      const id = String(params.id);
      const email = generationUsers.find((person) => person.id === id)?.email;
      if (body.email.trim().toLowerCase() !== email) {
        refuse(400, "This is not the person's e-mail address; nothing was erased.", 'email_mismatch');
      }
      delete consents[id];
      return erasureReport;
    }),
  );
  return consents;
}

export const CONSENT_LINK_URL = 'http://testserver/consent/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

/**
 * For a test that sends consent links: each person's link status by user id (none live at
 * first), made and revoked as the server does. New links are numbered from 200.
 */
export function serveConsentLinks(): Record<string, ConsentLinkStatusOutput> {
  const links: Record<string, ConsentLinkStatusOutput> = {};
  let next = 200;
  server.use(
    getUsersConsentLinksRetrieveMockHandler(({ params }) => links[String(params.id)] ?? noConsentLink),
    getUsersConsentLinksCreateMockHandler(({ params }) => {
      const link = { id: uuid(next++), created_at: NOW, expires_at: '2026-12-08T10:00:00Z' };
      links[String(params.id)] = { ...link, live: true, created_by: ADMIN_ID };
      return { ...link, url: CONSENT_LINK_URL };
    }),
    getUsersConsentLinksRevokeCreateMockHandler(({ params }) => {
      links[String(params.id)] = noConsentLink;
      return noConsentLink;
    }),
  );
  return links;
}

export const LINK_TOKEN = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

/** What a consent link's person sees of a step. */
const linkConsentOf = (step: PersonConsentStepOutput): ConsentLinkConsentOutput => ({
  active: step.active,
  change: step.change,
  given_by: step.given_by,
  recorded_at: step.recorded_at,
  notice_version: step.notice_version,
  provider: step.provider,
  scopes: step.scopes,
  send_to_provider: step.send_to_provider,
  face_matching: step.face_matching,
  withdrawn_at: step.withdrawn_at,
});

/**
 * For a test of the consent link page: `LINK_TOKEN` opens for Sam with the test notice; any
 * other token is the one 404 of every link that does not open. The steps given and withdrawn
 * are kept, newest first, in the array returned.
 */
export function serveConsentLinkPage(history: PersonConsentStepOutput[] = []): PersonConsentStepOutput[] {
  const steps = [...history];
  const dead = () => refuse(404, 'This link has expired; ask for a new one.', 'consent_link_invalid');
  const page = (): ConsentLinkPageOutput => ({
    person_email: 'sam@test.example.com',
    expires_at: '2026-12-08T10:00:00Z',
    notice: { version: privacyNotice.version, text: privacyNotice.text, text_sha256: privacyNotice.text_sha256, provider: 'local' },
    choices: [...privacyNotice.choices],
    current: steps[0]?.active ? linkConsentOf(steps[0]) : null,
  });
  server.use(
    getConsentLinkRetrieveMockHandler(({ params }) => (params.token === LINK_TOKEN ? page() : dead())),
    getConsentLinkGiveMockHandler(async ({ params, request }) => {
      if (params.token !== LINK_TOKEN) dead();
      const body = (await request.json()) as ConsentLinkGiveInputRequest;
      if (!body.scopes.length) {
        refuse(400, 'Nothing was ticked: agree to at least one thing, or withdraw consent instead.', 'nothing_agreed');
      }
      if (!body.full_name.trim()) refuse(400, 'Type your full name: it is your signature.', 'required');
      const step = makeConsentStep(TEST_USER_ID, {
        id: (steps[0]?.id ?? 0) + 1,
        given_by: 'person',
        recorded_by: null,
        recorded_by_email: null,
        recorded_at: NOW,
        note: '',
        full_name: body.full_name,
        send_to_provider: body.scopes.includes('send_to_provider'),
        face_matching: body.scopes.includes('face_matching'),
      });
      steps.unshift(step);
      return linkConsentOf(step);
    }),
    getConsentLinkWithdrawMockHandler(async ({ params, request }) => {
      if (params.token !== LINK_TOKEN) dead();
      const body = (await request.json()) as PersonConsentWithdrawInputRequest;
      const before = steps[0];
      if (!before?.active) refuse(409, 'You have no consent to withdraw.', 'no_consent');
      const step = withdrawn(before, body.scopes ?? [], 'person');
      steps.unshift(step);
      return linkConsentOf(step);
    }),
  );
  return steps;
}
