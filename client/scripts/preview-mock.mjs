// Serves client/dist with an in-memory stand-in for the API, to look at the
// pages without the Django server: `npm run build && node scripts/preview-mock.mjs [port] [--member]`.
// Generation jobs finish about 4 s after they start.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const port = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 4173);
const staff = !process.argv.includes('--member');
const ME = 'aaaaaaaa-0000-4000-8000-000000000001';
const TEST = 'aaaaaaaa-0000-4000-8000-000000000002';
const now = () => new Date().toISOString();
const media = (name) => ({ full_size: `/media/${name}.svg`, medium: `/media/${name}.svg`, thumbnail: `/media/${name}.svg` });

const me = { id: ME, email: staff ? 'admin@example.com' : 'member@example.com', first_name: 'Ada', last_name: 'Admin', full_name: 'Ada Admin', is_staff: staff };
const identity = (id, user, name, category, statement, image = null) => ({
  id, user, name, category, i_am_statement: statement, image, image_width: null, image_height: null, order: 0, created_at: now(), updated_at: now(),
});
const identities = {
  [ME]: [
    identity('id-1', ME, 'Creative Visionary', 'Career', 'I am a creative visionary who turns ideas into bold work.', media('poster-old')),
    identity('id-2', ME, 'Calm Leader', 'Leadership', 'I am a calm leader who listens first.'),
  ],
  [TEST]: [identity('id-3', TEST, 'Marathon Runner', 'Health', 'I am a runner who finishes what I start.')],
};
let refs = [
  { id: 'ref-1', user: ME, name: 'front.jpg', order: 0, image: media('ref-1'), width: 1200, height: 1600, quality: { faces: 1, face_box: [1, 1, 5, 5], warnings: [] }, created_at: now(), updated_at: now() },
  { id: 'ref-2', user: ME, name: 'side.jpg', order: 1, image: media('ref-2'), width: 400, height: 300, quality: { faces: 0, face_box: null, warnings: [{ code: 'no_face', message: 'No face was found in this photo.' }, { code: 'low_resolution', message: 'The photo is small (400 × 300 px); 1024 px or more works best.' }] }, created_at: now(), updated_at: now() },
];
const jobs = [];
let next = 10;

function jobView(job) {
  const age = Date.now() - job.t0;
  if (job.status !== 'failed') job.status = age < 1000 ? 'queued' : age < 4000 ? 'running' : 'succeeded';
  if (job.status !== 'queued') job.started_at ??= new Date(job.t0 + 1000).toISOString();
  if (job.status === 'succeeded') Object.assign(job, { image: media('poster'), mime_type: 'image/svg+xml', width: 768, height: 1024, finished_at: job.finished_at ?? now() });
  const { t0, ...rest } = job;
  return rest;
}

function svg(name) {
  const hue = [...name].reduce((sum, ch) => sum + ch.charCodeAt(0), 0) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="400" viewBox="0 0 300 400"><rect width="300" height="400" fill="hsl(${hue} 60% 70%)"/><circle cx="150" cy="150" r="70" fill="hsl(${hue} 40% 40%)"/><text x="150" y="330" font-size="28" text-anchor="middle" font-family="sans-serif">${name}</text></svg>`;
}

const json = (res, status, body) => {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(body === undefined ? '' : JSON.stringify(body));
};

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function api(req, res, url) {
  const path = url.pathname.replace('/api/v1', '');
  const m = req.method;
  if (path === '/auth/csrf/') {
    res.setHeader('Set-Cookie', 'csrftoken=preview; Path=/; SameSite=Lax');
    return json(res, 200, { csrf_token: 'preview' });
  }
  if (m !== 'GET' && req.headers['x-csrftoken'] !== 'preview') return json(res, 403, { detail: 'CSRF check failed.', code: 'csrf_failed' });
  if (path === '/auth/login/') return json(res, 200, me);
  if (path === '/auth/logout/') return json(res, 204);
  if (path === '/users/me/') return json(res, 200, me);
  if (path === '/users/me/identities/') return json(res, 200, identities[ME]);
  if (path === '/test-users/') return json(res, 200, [{ user_id: TEST, email: 'sam@test.example.com', first_name: 'Sam', last_name: 'Tester', scenario_id: 1, scenario_name: 'Runner returning from injury', scenario_description: 'A runner rebuilding confidence.' }]);
  let match = path.match(/^\/test-users\/([^/]+)\/identities\/$/);
  if (match) return json(res, 200, identities[match[1]] ?? []);
  if (path === '/image-generation/users/') return json(res, 200, [
    { id: ME, email: me.email, name: 'Ada Admin', is_current_user: true, is_test_user: false },
    { id: TEST, email: 'sam@test.example.com', name: 'Sam Tester', is_current_user: false, is_test_user: true },
  ]);
  if (path === '/image-generation/options/') return json(res, 200, { provider: 'local', model: 'local-poster-v1', aspect_ratios: ['1:1', '2:3', '3:4', '4:5', '9:16', '16:9'], resolutions: ['1K', '2K', '4K'], default_aspect_ratio: '3:4', default_resolution: '1K', estimated_cost_usd: { '1K': '0.14', '2K': '0.14', '4K': '0.24' } });
  if (path === '/reference-images/' && m === 'GET') return json(res, 200, refs.filter((r) => r.user === (url.searchParams.get('user_id') || ME)));
  if (path === '/reference-images/' && m === 'POST') {
    const body = (await readBody(req)).toString('latin1');
    const field = (name) => body.match(new RegExp(`name="${name}"\\r\\n\\r\\n([^\\r]*)`))?.[1];
    const id = `ref-${next++}`;
    const ref = { id, user: field('user_id') || ME, name: field('name') || 'photo', order: Number(field('order') || 0), image: media(id), width: 1200, height: 1600, quality: { faces: 1, face_box: [1, 1, 5, 5], warnings: [] }, created_at: now(), updated_at: now() };
    refs.push(ref);
    return json(res, 201, ref);
  }
  match = path.match(/^\/reference-images\/([^/]+)\/upload-image\/$/);
  if (match) {
    await readBody(req);
    const ref = refs.find((r) => r.id === match[1]);
    if (!ref) return json(res, 404, { detail: 'No such reference image.', code: 'not_found' });
    ref.image = media(`${ref.id}-new-${next++}`);
    ref.quality = { faces: 1, face_box: [1, 1, 5, 5], warnings: [] };
    return json(res, 200, ref);
  }
  match = path.match(/^\/reference-images\/([^/]+)\/$/);
  if (match && m === 'DELETE') {
    refs = refs.filter((r) => r.id !== match[1]);
    return json(res, 204);
  }
  if (path === '/image-generation/generate/') {
    const body = JSON.parse((await readBody(req)).toString() || '{}');
    const ident = Object.values(identities).flat().find((i) => i.id === body.identity_id);
    if (!ident) return json(res, 400, { detail: 'Choose an identity of this user.', code: 'invalid', fields: { identity_id: ['Unknown identity.'] } });
    const fail = (body.additional_prompt ?? '').includes('fail');
    const job = { id: `job-${next++}`, t0: Date.now(), status: fail ? 'failed' : 'queued', identity: { id: ident.id, name: ident.name }, user: body.user_id, created_by: ME, provider: 'local', model: 'local-poster-v1', aspect_ratio: body.aspect_ratio, resolution: body.resolution, additional_prompt: body.additional_prompt ?? '', prompt: '...', reference_image_ids: refs.map((r) => r.id), image: null, image_url: null, width: null, height: null, mime_type: null, error_code: fail ? 'provider_refused' : null, error_message: fail ? 'The image service refused this request. Try a different prompt.' : null, usage: null, cost_usd: null, created_at: now(), started_at: null, finished_at: fail ? now() : null, provider_ms: null, saved_to_identity_at: null };
    jobs.unshift(job);
    return json(res, 202, jobView(job));
  }
  if (path === '/image-generation/jobs/') {
    const list = jobs.filter((j) => (!url.searchParams.get('identity_id') || j.identity.id === url.searchParams.get('identity_id')) && (!url.searchParams.get('user_id') || j.user === url.searchParams.get('user_id'))).map(jobView);
    return json(res, 200, { count: list.length, next: null, previous: null, results: list });
  }
  match = path.match(/^\/image-generation\/jobs\/([^/]+)\/(save-to-identity\/)?$/);
  if (match) {
    const job = jobs.find((j) => j.id === match[1]);
    if (!job) return json(res, 404, { detail: 'No such job.', code: 'not_found' });
    if (match[2]) {
      if (jobView(job).status !== 'succeeded') return json(res, 409, { detail: 'Only a finished image can be saved.', code: 'conflict' });
      job.saved_to_identity_at = now();
      const ident = Object.values(identities).flat().find((i) => i.id === job.identity.id);
      ident.image = media('poster');
      return json(res, 200, ident);
    }
    return json(res, 200, jobView(job));
  }
  return json(res, 404, { detail: 'Not found.', code: 'not_found' });
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  if (url.pathname.startsWith('/api/v1/')) {
    api(req, res, url).catch((error) => json(res, 500, { detail: String(error), code: 'error' }));
    return;
  }
  if (url.pathname.startsWith('/media/')) {
    res.writeHead(200, { 'Content-Type': 'image/svg+xml' });
    res.end(svg(url.pathname.slice(7).replace('.svg', '')));
    return;
  }
  let file = normalize(join(dist, url.pathname));
  if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html');
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`preview with a stand-in API on http://127.0.0.1:${port}`));
