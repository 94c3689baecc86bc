import { getUsersConsentCreateMockHandler, getUsersConsentRetrieveMockHandler } from '@/api/generated/endpoints/users/users.msw';
import type { PersonConsentOutput, PersonConsentRecordInputRequest } from '@/api/generated/model';
import { makeConsent, noConsent } from './fixtures';
import { server } from './server';

/**
 * For a test that records consent: each person's consent by user id (one missing has none
 * recorded), answered and recorded as the server does into the record returned.
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
  );
  return consents;
}
