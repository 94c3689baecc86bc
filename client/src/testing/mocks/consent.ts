import {
  getUsersConsentCreateMockHandler,
  getUsersConsentRetrieveMockHandler,
  getUsersConsentWithdrawCreateMockHandler,
  getUsersEraseCreateMockHandler,
} from '@/api/generated/endpoints/users/users.msw';
import type {
  ErasureReportOutput,
  PersonConsentOutput,
  PersonConsentRecordInputRequest,
  PersonConsentWithdrawInputRequest,
  PersonEraseInputRequest,
} from '@/api/generated/model';
import { generationUsers, makeConsent, noConsent } from './fixtures';
import { refuse } from './handlers';
import { server } from './server';

/** What an erasure answers in tests (the person had 2 photos and 3 posters). */
export const erasureReport: ErasureReportOutput = {
  reference_photos: 2,
  generation_jobs: 3,
  identity_images: 1,
  consent_records: 2,
  account_deleted: false,
  files_removed: 14,
  files_left: 0,
};

/**
 * For a test that records, withdraws or erases: each person's consent by user id (one missing
 * has none recorded), answered and changed as the server does into the record returned.
 */
export function serveConsent(initial: Record<string, PersonConsentOutput> = {}): Record<string, PersonConsentOutput> {
  const consents = { ...initial };
  server.use(
    getUsersConsentRetrieveMockHandler(({ params }) => consents[String(params.id)] ?? noConsent(String(params.id))),
    getUsersConsentCreateMockHandler(async ({ params, request }) => {
      const body = (await request.json()) as PersonConsentRecordInputRequest;
      const id = String(params.id);
      consents[id] = makeConsent(id, {
        notice_version: body.notice_version,
        send_to_provider: body.send_to_provider,
        face_matching: body.face_matching,
      });
      return consents[id];
    }),
    getUsersConsentWithdrawCreateMockHandler(async ({ params, request }) => {
      const body = (await request.json()) as PersonConsentWithdrawInputRequest;
      const id = String(params.id);
      const current = consents[id];
      if (!current?.active) refuse(409, 'This person has no consent to withdraw.', 'no_consent');
      const scopes = body.scopes?.length ? body.scopes : ['send_to_provider', 'face_matching'];
      const left = {
        send_to_provider: current.send_to_provider && !scopes.includes('send_to_provider'),
        face_matching: current.face_matching && !scopes.includes('face_matching'),
      };
      const active = left.send_to_provider || left.face_matching;
      consents[id] = { ...current, ...left, active, withdrawn_at: active ? null : '2026-12-05T10:00:00Z' };
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
