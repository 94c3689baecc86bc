import { HttpResponse } from 'msw';
import { getAuditListMockHandler, getAuditMock } from '@/api/generated/endpoints/audit/audit.msw';
import {
  getAuthCsrfRetrieveMockHandler,
  getAuthLoginCreateMockHandler,
  getAuthMock,
  getAuthSessionRetrieveMockHandler,
} from '@/api/generated/endpoints/auth/auth.msw';
import {
  getIdentitiesListMockHandler,
  getIdentitiesMock,
  getIdentitiesVersionsListMockHandler,
} from '@/api/generated/endpoints/identities/identities.msw';
import {
  getImageGenerationJobsLineageRetrieveMockHandler,
  getImageGenerationJobsListMockHandler,
  getImageGenerationJobsRetrieveMockHandler,
  getImageGenerationMock,
  getImageGenerationOptionsRetrieveMockHandler,
  getImageGenerationUsersListMockHandler,
} from '@/api/generated/endpoints/image-generation/image-generation.msw';
import { getConsentMock } from '@/api/generated/endpoints/consent/consent.msw';
import { getPrivacyMock, getPrivacyNoticeRetrieveMockHandler } from '@/api/generated/endpoints/privacy/privacy.msw';
import { getReferenceImagesListMockHandler, getReferenceImagesMock } from '@/api/generated/endpoints/reference-images/reference-images.msw';
import {
  getTestUsersIdentitiesListMockHandler,
  getTestUsersListMockHandler,
  getTestUsersMock,
} from '@/api/generated/endpoints/test-users/test-users.msw';
import {
  getUsersConsentLinksRetrieveMockHandler,
  getUsersConsentRetrieveMockHandler,
  getUsersMeIdentitiesListMockHandler,
  getUsersMeRetrieveMockHandler,
  getUsersMock,
} from '@/api/generated/endpoints/users/users.msw';
import {
  admin,
  generationUsers,
  makeConsent,
  makeIdentity,
  noConsentLink,
  options,
  page,
  privacyNotice,
  TEST_USER_ID,
  testUserIdentity,
  testUsers,
} from './fixtures';

/** Every API error answers so (the server's one exception handler). */
export interface ErrorBody {
  detail: string;
  code: string;
  fields?: Record<string, string[]>;
}

/** Answers a request with an API error: thrown from a handler's resolver, MSW sends it as is. */
export function refuse(status: number, detail: string, code: string): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- MSW's way to answer from deep in a resolver
  throw HttpResponse.json<ErrorBody>({ detail, code }, { status });
}

/**
 * The API as a test starts with: an admin signed in with one identity, consent recorded for
 * everyone, no photos and no posters. Each is a generated handler given a fixed answer; a test
 * that needs other data puts its own in front (`server.use`, undone after each test). The
 * generated handlers after them answer the rest of the schema with made-up data.
 */
export const handlers = [
  getAuthSessionRetrieveMockHandler({ user: admin }),
  getAuthCsrfRetrieveMockHandler(() => {
    document.cookie = 'csrftoken=test-token; path=/';
    return { csrf_token: 'test-token' };
  }),
  getAuthLoginCreateMockHandler(async ({ request }) => {
    const body = (await request.json()) as { password?: string };
    // As the server: a 403 through the one exception handler.
    if (body.password !== 'right') refuse(403, 'The e-mail address or password is not correct.', 'authentication_failed');
    return admin;
  }),
  getUsersMeRetrieveMockHandler(admin),
  getUsersMeIdentitiesListMockHandler([makeIdentity()]),
  getIdentitiesListMockHandler([]),
  getIdentitiesVersionsListMockHandler([]),
  getImageGenerationUsersListMockHandler(generationUsers),
  getImageGenerationOptionsRetrieveMockHandler(options),
  getReferenceImagesListMockHandler([]),
  getImageGenerationJobsListMockHandler(page([])),
  getImageGenerationJobsRetrieveMockHandler(() => refuse(404, 'No such job.', 'not_found')),
  getImageGenerationJobsLineageRetrieveMockHandler(() => refuse(404, 'No such job.', 'not_found')),
  getUsersConsentRetrieveMockHandler(({ params }) => makeConsent(String(params.id))),
  getUsersConsentLinksRetrieveMockHandler(noConsentLink),
  getPrivacyNoticeRetrieveMockHandler(privacyNotice),
  getAuditListMockHandler(page([])),
  getTestUsersListMockHandler(testUsers),
  getTestUsersIdentitiesListMockHandler(({ params }) => (params.userId === TEST_USER_ID ? [testUserIdentity] : [])),
  ...getAuditMock(),
  ...getAuthMock(),
  ...getConsentMock(),
  ...getIdentitiesMock(),
  ...getImageGenerationMock(),
  ...getPrivacyMock(),
  ...getReferenceImagesMock(),
  ...getTestUsersMock(),
  ...getUsersMock(),
];
