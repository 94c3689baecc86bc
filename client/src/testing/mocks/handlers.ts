import { http, HttpResponse } from 'msw';
import { db, makeIdentity, makeJob, makeReferenceImage, options, renditions, TEST_USER_ID } from './db';

const api = (path: string) => `*/api/v1${path}`;

const forbidden = () =>
  HttpResponse.json({ detail: 'Authentication credentials were not provided.', code: 'not_authenticated' }, { status: 403 });

export const handlers = [
  http.get(api('/auth/csrf/'), () => {
    document.cookie = 'csrftoken=test-token; path=/';
    return HttpResponse.json({ csrf_token: 'test-token' });
  }),
  http.post(api('/auth/login/'), async ({ request }) => {
    const body = (await request.json()) as { email: string; password: string };
    if (body.password !== 'right') {
      return HttpResponse.json({ detail: 'That e-mail and password do not match an account.', code: 'invalid_credentials' }, { status: 400 });
    }
    return HttpResponse.json(db.me);
  }),
  http.post(api('/auth/logout/'), () => new HttpResponse(null, { status: 204 })),
  http.get(api('/auth/session/'), () => HttpResponse.json({ user: db.me ?? null })),
  http.get(api('/users/me/'), () => (db.me ? HttpResponse.json(db.me) : forbidden())),
  http.get(api('/users/me/identities/'), () => HttpResponse.json(db.identities)),
  http.get(api('/image-generation/users/'), () => HttpResponse.json(db.generationUsers)),
  http.get(api('/image-generation/options/'), () => HttpResponse.json(options)),
  http.get(api('/reference-images/'), () => HttpResponse.json(db.referenceImages)),
  http.post(api('/reference-images/'), async ({ request }) => {
    const form = await request.formData();
    const order = Number(form.get('order') ?? 0);
    const id = `ref-${db.nextId++}`;
    const image = makeReferenceImage({ id, order, image: renditions(id) });
    db.referenceImages.push(image);
    return HttpResponse.json(image, { status: 201 });
  }),
  http.post(api('/reference-images/:id/upload-image/'), ({ params }) => {
    const existing = db.referenceImages.find((item) => item.id === params.id);
    if (!existing) return HttpResponse.json({ detail: 'Not found.', code: 'not_found' }, { status: 404 });
    existing.image = renditions(`${existing.id}-v2`);
    return HttpResponse.json(existing);
  }),
  http.delete(api('/reference-images/:id/'), ({ params }) => {
    db.referenceImages = db.referenceImages.filter((item) => item.id !== params.id);
    return new HttpResponse(null, { status: 204 });
  }),
  http.post(api('/image-generation/generate/'), async ({ request }) => {
    const body = (await request.json()) as { identity_id: string; user_id: string };
    const job = makeJob({ id: `job-${db.nextId++}`, user: body.user_id });
    db.jobs.unshift(job);
    return HttpResponse.json(job, { status: 202 });
  }),
  http.get(api('/image-generation/jobs/'), () =>
    HttpResponse.json({ count: db.jobs.length, next: null, previous: null, results: db.jobs }),
  ),
  http.post(api('/image-generation/jobs/:id/save-to-identity/'), ({ params }) => {
    const job = db.jobs.find((item) => item.id === params.id);
    if (!job || job.status !== 'succeeded') {
      return HttpResponse.json({ detail: 'Only a finished image can be saved.', code: 'conflict' }, { status: 409 });
    }
    job.saved_to_identity_at = new Date().toISOString();
    const identity = db.identities.find((item) => item.id === job.identity.id) ?? makeIdentity();
    identity.image = job.image ?? null;
    return HttpResponse.json(identity);
  }),
  http.get(api('/test-users/'), () =>
    HttpResponse.json([
      {
        user_id: TEST_USER_ID,
        email: 'sam@test.example.com',
        first_name: 'Sam',
        last_name: 'Tester',
        scenario_id: 1,
        scenario_name: 'Runner returning from injury',
        scenario_description: 'A runner rebuilding confidence.',
      },
    ]),
  ),
  http.get(api('/test-users/:id/identities/'), ({ params }) =>
    HttpResponse.json(
      params.id === TEST_USER_ID ? [makeIdentity({ id: 'identity-t1', user: TEST_USER_ID, name: 'Marathon Runner', category: 'Health' })] : [],
    ),
  ),
  http.get(api('/image-generation/jobs/:id/'), ({ params }) => {
    const id = String(params.id);
    const job = db.jobs.find((item) => item.id === id);
    if (!job) return HttpResponse.json({ detail: 'No such job.', code: 'not_found' }, { status: 404 });
    db.jobReads[id] = (db.jobReads[id] ?? 0) + 1;
    return HttpResponse.json(job);
  }),
];
