import { http, HttpResponse, type PathParams } from 'msw';
import type {
  AvailableUserOutput,
  CsrfOutput,
  GenerateInputRequest,
  GenerationBatchOutput,
  GenerationJobOutput,
  IdentityImageVersionOutput,
  GenerationOptionsOutput,
  IdentityOutput,
  JobLineageOutput,
  LoginInputRequest,
  PaginatedAuditEventOutputList,
  PaginatedGenerationJobOutputList,
  PersonConsentOutput,
  PersonConsentRecordInputRequest,
  PrivacyNoticeOutput,
  RefineInputRequest,
  ReferenceImageOutput,
  SessionOutput,
  TestUserOutput,
  UserOutput,
} from '@/api/generated/model';
import {
  db,
  makeIdentity,
  makeJob,
  makeConsent,
  makeReferenceImage,
  makeVersion,
  noConsent,
  NOTICE_VERSION,
  options,
  renditions,
  replaceById,
  TEST_USER_ID,
  TEST_USER_IDENTITY_ID,
  testUsers,
  uuid,
} from './db';

/** Every API error answers so (the server's one exception handler). */
export interface ErrorBody {
  detail: string;
  code: string;
  fields?: Record<string, string[]>;
}

const api = (path: string) => `*/api/v1${path}`;

const notAuthenticated = () =>
  HttpResponse.json<ErrorBody>({ detail: 'Authentication credentials were not provided.', code: 'not_authenticated' }, { status: 403 });
const notFound = () => HttpResponse.json<ErrorBody>({ detail: 'Not found.', code: 'not_found' }, { status: 404 });

/** The name a rendition URL was made from (`/media/ref-100.jpg` → `ref-100`). */
const mediaName = (url: string) => url.replace(/^\/media\//, '').replace(/\.jpg$/, '');

export const handlers = [
  http.get<PathParams, never, PrivacyNoticeOutput>(api('/privacy/notice/'), () =>
    HttpResponse.json({
      version: NOTICE_VERSION,
      text: 'What we store: up to five photos of you.\n\nHow to erase it: ask an admin.',
      text_sha256: '0'.repeat(64),
      send_to_provider_scope: 'their photos are sent to the test provider to draw posters',
      choices: [
        { scope: 'send_to_provider', sentence: 'their photos are sent to the test provider to draw posters', ticked: false },
        { scope: 'face_matching', sentence: 'their face is measured to check that posters look like them', ticked: false },
      ],
      reference_photo_retention_days: 365,
      unsaved_poster_retention_days: 30,
    }),
  ),
  http.get<{ id: string }, never, PersonConsentOutput>(api('/users/:id/consent/'), ({ params }) =>
    HttpResponse.json(db.consents[params.id] ?? noConsent(params.id)),
  ),
  http.post<{ id: string }, PersonConsentRecordInputRequest, PersonConsentOutput>(
    api('/users/:id/consent/'),
    async ({ params, request }) => {
      const body = await request.json();
      db.consents[params.id] = makeConsent(params.id, {
        notice_version: body.notice_version,
        send_to_provider: body.send_to_provider,
        face_matching: body.face_matching,
      });
      return HttpResponse.json(db.consents[params.id], { status: 201 });
    },
  ),
  http.get<PathParams, never, PaginatedAuditEventOutputList>(api('/audit/'), ({ request }) => {
    const subject = new URL(request.url).searchParams.get('subject_user_id');
    const results = db.auditEvents.filter((event) => !subject || event.subject_user_id === subject);
    return HttpResponse.json({ count: results.length, next: null, previous: null, results });
  }),
  http.get<PathParams, never, CsrfOutput>(api('/auth/csrf/'), () => {
    document.cookie = 'csrftoken=test-token; path=/';
    return HttpResponse.json({ csrf_token: 'test-token' });
  }),
  http.post<PathParams, LoginInputRequest, UserOutput | ErrorBody>(api('/auth/login/'), async ({ request }) => {
    const body = await request.json();
    // As the server: a 403 through the one exception handler.
    if (body.password !== 'right' || !db.me) {
      return HttpResponse.json(
        { detail: 'The e-mail address or password is not correct.', code: 'authentication_failed' },
        { status: 403 },
      );
    }
    return HttpResponse.json(db.me);
  }),
  http.post(api('/auth/logout/'), () => new HttpResponse(null, { status: 204 })),
  http.get<PathParams, never, SessionOutput>(api('/auth/session/'), () => HttpResponse.json({ user: db.me })),
  http.get<PathParams, never, UserOutput | ErrorBody>(api('/users/me/'), () =>
    db.me ? HttpResponse.json(db.me) : notAuthenticated(),
  ),
  http.get<PathParams, never, IdentityOutput[]>(api('/users/me/identities/'), () => HttpResponse.json(db.identities)),
  http.get<PathParams, never, AvailableUserOutput[]>(api('/image-generation/users/'), () =>
    HttpResponse.json(db.generationUsers),
  ),
  http.get<PathParams, never, GenerationOptionsOutput>(api('/image-generation/options/'), () => HttpResponse.json(options)),
  http.get<PathParams, never, ReferenceImageOutput[]>(api('/reference-images/'), () => HttpResponse.json(db.referenceImages)),
  http.post<PathParams, FormData, ReferenceImageOutput>(api('/reference-images/'), async ({ request }) => {
    const form = await request.formData();
    const order = Number(form.get('order') ?? 0);
    const sentName = form.get('name');
    const name = typeof sentName === 'string' ? sentName : '';
    const n = db.nextId++;
    const image = makeReferenceImage({ id: uuid(n), order, name, image: renditions(`ref-${n}`) });
    db.referenceImages.push(image);
    return HttpResponse.json(image, { status: 201 });
  }),
  http.post<{ id: string }, FormData, ReferenceImageOutput | ErrorBody>(
    api('/reference-images/:id/upload-image/'),
    // As the server: the new photo, and the name it is listed by when one is sent.
    async ({ params, request }) => {
      const existing = db.referenceImages.find((item) => item.id === params.id);
      if (!existing) return notFound();
      const sentName = (await request.formData()).get('name');
      const file = existing.image ? mediaName(existing.image.full_size) : existing.id;
      return HttpResponse.json(
        replaceById(db.referenceImages, {
          ...existing,
          image: renditions(`${file}-v2`),
          ...(typeof sentName === 'string' ? { name: sentName } : {}),
        }),
      );
    },
  ),
  http.delete<{ id: string }>(api('/reference-images/:id/'), ({ params }) => {
    db.referenceImages = db.referenceImages.filter((item) => item.id !== params.id);
    return new HttpResponse(null, { status: 204 });
  }),
  http.post<PathParams, GenerateInputRequest, GenerationBatchOutput>(api('/image-generation/generate/'), async ({ request }) => {
    const body = await request.json();
    const batch = uuid(db.nextId++);
    const count = body.count ?? 1;
    const jobs = Array.from({ length: count }, () => makeJob({ id: uuid(db.nextId++), user: body.user_id, batch }));
    db.jobs.unshift(...jobs);
    return HttpResponse.json(
      { id: batch, count, created_at: new Date().toISOString(), jobs, estimated_cost_usd: '0.0000' },
      { status: 202 },
    );
  }),
  // As the server: newest first, filtered, in pages of 20 with the total.
  http.get<PathParams, never, PaginatedGenerationJobOutputList>(api('/image-generation/jobs/'), ({ request }) => {
    const query = new URL(request.url).searchParams;
    const rows = db.jobs.filter(
      (job) =>
        (!query.get('batch_id') || job.batch === query.get('batch_id')) &&
        (!query.get('starred') || String(job.starred) === query.get('starred')) &&
        (!query.get('status') || job.status === query.get('status')),
    );
    const page = Number(query.get('page') ?? 1);
    const size = 20;
    const next = page * size < rows.length ? `http://localhost/api/v1/image-generation/jobs/?page=${page + 1}` : null;
    return HttpResponse.json({ count: rows.length, next, previous: null, results: rows.slice((page - 1) * size, page * size) });
  }),
  http.post<{ id: string }, never, GenerationJobOutput | ErrorBody>(api('/image-generation/jobs/:id/star/'), ({ params }) => {
    const job = db.jobs.find((item) => item.id === params.id);
    return job ? HttpResponse.json(replaceById(db.jobs, { ...job, starred: true })) : notFound();
  }),
  http.delete<{ id: string }, never, GenerationJobOutput | ErrorBody>(api('/image-generation/jobs/:id/star/'), ({ params }) => {
    const job = db.jobs.find((item) => item.id === params.id);
    return job ? HttpResponse.json(replaceById(db.jobs, { ...job, starred: false })) : notFound();
  }),
  http.post<{ id: string }, never, GenerationJobOutput | ErrorBody>(api('/image-generation/jobs/:id/cancel/'), ({ params }) => {
    const job = db.jobs.find((item) => item.id === params.id);
    if (!job) return notFound();
    if (job.status !== 'queued' && job.status !== 'running') {
      return HttpResponse.json({ detail: 'This generation has already ended.', code: 'job_finished' }, { status: 409 });
    }
    return HttpResponse.json(
      replaceById(db.jobs, { ...job, status: 'cancelled' as const, error_code: 'cancelled' as const, error_message: 'Cancelled before it started.' }),
    );
  }),
  http.get<{ id: string }, never, IdentityImageVersionOutput[]>(api('/identities/:id/versions/'), ({ params }) =>
    // The rows keep the identity they belong to; the client's schema drops the extra field.
    HttpResponse.json(db.versions.filter((version) => version.identity === params.id)),
  ),
  http.post<{ id: string; versionId: string }, never, IdentityOutput | ErrorBody>(
    api('/identities/:id/versions/:versionId/restore/'),
    ({ params }) => {
      const version = db.versions.find((item) => item.id === params.versionId && item.identity === params.id);
      const identity = db.identities.find((item) => item.id === params.id);
      if (!version || !identity) return notFound();
      db.versions = db.versions.map((item) => ({ ...item, is_current: item.identity !== params.id ? item.is_current : item.id === version.id }));
      return HttpResponse.json(
        replaceById(db.identities, { ...identity, image: version.image, current_version: version.id, current_job: version.job }),
      );
    },
  ),
  http.post<{ id: string }, never, IdentityOutput | ErrorBody>(
    api('/image-generation/jobs/:id/save-to-identity/'),
    ({ params }) => {
      const job = db.jobs.find((item) => item.id === params.id);
      if (!job || job.status !== 'succeeded') {
        return HttpResponse.json({ detail: 'Only a finished image can be saved.', code: 'conflict' }, { status: 409 });
      }
      replaceById(db.jobs, { ...job, saved_to_identity_at: new Date().toISOString() });
      const identity = db.identities.find((item) => item.id === job.identity.id) ?? makeIdentity();
      const version = makeVersion({ id: uuid(db.nextId++), identity: identity.id, image: job.image, source: 'generation', job: job.id });
      db.versions = [version, ...db.versions.map((item) => ({ ...item, is_current: item.identity === identity.id ? false : item.is_current }))];
      return HttpResponse.json(
        replaceById(db.identities, { ...identity, image: job.image, current_version: version.id, current_job: job.id }),
      );
    },
  ),
  http.post<{ id: string }, RefineInputRequest, GenerationJobOutput | ErrorBody>(
    api('/image-generation/jobs/:id/refine/'),
    async ({ params, request }) => {
      const parent = db.jobs.find((item) => item.id === params.id);
      if (!parent || parent.status !== 'succeeded') {
        return HttpResponse.json({ detail: 'Only a finished poster can be refined.', code: 'conflict' }, { status: 409 });
      }
      const body = await request.json();
      const job = makeJob({
        id: uuid(db.nextId++),
        user: parent.user,
        parent_id: parent.id,
        instruction: body.instruction,
        depth: parent.depth + 1,
      });
      db.jobs.unshift(job);
      return HttpResponse.json(job, { status: 202 });
    },
  ),
  http.get<{ id: string }, never, JobLineageOutput | ErrorBody>(api('/image-generation/jobs/:id/lineage/'), ({ params }) => {
    const chain: GenerationJobOutput[] = [];
    for (let job = db.jobs.find((item) => item.id === params.id); job; ) {
      chain.unshift(job);
      job = db.jobs.find((item) => item.id === job?.parent_id);
    }
    if (chain.length === 0) return HttpResponse.json({ detail: 'No such job.', code: 'not_found' }, { status: 404 });
    return HttpResponse.json({
      chain: chain.map((job) => ({ job, children: db.jobs.filter((item) => item.parent_id === job.id) })),
    });
  }),
  http.get<PathParams, never, TestUserOutput[]>(api('/test-users/'), () => HttpResponse.json(testUsers)),
  http.get<{ user_id: string }, never, IdentityOutput[]>(api('/test-users/:user_id/identities/'), ({ params }) =>
    HttpResponse.json(
      params.user_id === TEST_USER_ID
        ? [makeIdentity({ id: TEST_USER_IDENTITY_ID, user: TEST_USER_ID, name: 'Marathon Runner', category: 'Health' })]
        : [],
    ),
  ),
  http.get<{ id: string }, never, GenerationJobOutput | ErrorBody>(api('/image-generation/jobs/:id/'), ({ params }) => {
    const job = db.jobs.find((item) => item.id === params.id);
    if (!job) return HttpResponse.json({ detail: 'No such job.', code: 'not_found' }, { status: 404 });
    db.jobReads[job.id] = (db.jobReads[job.id] ?? 0) + 1;
    return HttpResponse.json(job);
  }),
];
