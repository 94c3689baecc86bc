import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRoutes } from '@/app/router';
import { db, IDENTITY_ID, makeJob, makeReferenceImage, member, renditions, TEST_USER_ID, uuid } from '@/testing/mocks/db';
import { renderApp } from '@/testing/render';

const JPEG_START = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);

/** A file the page takes for a JPEG: it starts as one (the page reads the bytes, not the name). */
function photo(name = 'face.jpg') {
  return new File([JPEG_START, 'fake-bytes'], name, { type: 'image/jpeg' });
}

/** The start of a HEIC photo: an ftyp box with the heic brand. */
const heicBytes = new Uint8Array([0, 0, 0, 24, ...[...'ftypheic\0\0\0\0mif1heic'].map((char) => char.charCodeAt(0))]);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Images page access', () => {
  it('tells a non-staff user the page is for admins only and hides the link', async () => {
    db.me = member;
    renderApp('/images');
    expect(await screen.findByRole('heading', { name: 'Admins only' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Images' })).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Home' })).toBeInTheDocument();
  });
});

describe('Generate button', () => {
  it('is disabled with a reason when there are no reference images', async () => {
    renderApp(`/images?identity=${IDENTITY_ID}`);
    expect(await screen.findByText('Posters for: Me (Ada Admin)')).toBeInTheDocument();
    expect(await screen.findByText('Add at least one reference image first.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Generate Image' })).toBeDisabled();
  });

  it('asks for an identity once a reference image exists', async () => {
    db.referenceImages = [makeReferenceImage()];
    renderApp('/images');
    expect(await screen.findByText('Choose an identity first.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Generate Image' })).toBeDisabled();
  });
});

describe('Worker', () => {
  it('says when no worker has been seen, and says nothing while one runs', async () => {
    const { server } = await import('@/testing/mocks/server');
    const { http, HttpResponse } = await import('msw');
    const { options } = await import('@/testing/mocks/db');
    renderApp('/images');
    expect(await screen.findByText('Aspect ratio')).toBeInTheDocument();
    expect(screen.queryByText(/No worker has been seen/)).not.toBeInTheDocument();

    server.use(
      http.get('*/api/v1/image-generation/options/', () =>
        HttpResponse.json({ ...options, worker: { state: 'not_seen', last_seen_at: null } }),
      ),
    );
    renderApp('/images');
    expect(
      await screen.findByText(
        'No worker has been seen, so new posters wait in the queue until one runs. make run starts one; on a server, start manage.py run_worker.',
      ),
    ).toBeInTheDocument();
  });
});

describe('Reference image slots', () => {
  it('uploads, replaces and deletes (after confirming) a photo', async () => {
    const user = userEvent.setup();
    renderApp('/images');

    await user.upload(await screen.findByLabelText('Upload photo 1'), photo());
    const img = await screen.findByRole('img', { name: 'Reference photo 1' });
    expect(img).toHaveAttribute('src', '/media/ref-100-thumb.jpg');
    expect(db.referenceImages).toHaveLength(1);

    await user.upload(screen.getByLabelText('Replace photo 1'), photo('better.jpg'));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Replace photo' }));
    await waitFor(() =>
      expect(screen.getByRole('img', { name: 'Reference photo 1' })).toHaveAttribute('src', '/media/ref-100-v2-thumb.jpg'),
    );
    expect(db.referenceImages).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Delete photo 1' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete photo 1?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(db.referenceImages).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Delete photo 1' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete photo' }));
    expect(await screen.findByLabelText('Upload photo 1')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: 'Reference photo 1' })).not.toBeInTheDocument();
    expect(db.referenceImages).toHaveLength(0);
  });

  it('shows the quality warnings of a photo', async () => {
    db.referenceImages = [
      makeReferenceImage({
        order: 2,
        quality: { faces: 0, face_box: null, match_to_others: null, warnings: [{ code: 'no_face', message: 'No face was found in this photo.' }] },
      }),
    ];
    renderApp('/images');
    expect(await screen.findByText(/No face was found in this photo\./)).toBeInTheDocument();
  });

  it('shows the API detail when an upload is refused', async () => {
    const { server } = await import('@/testing/mocks/server');
    const { http, HttpResponse } = await import('msw');
    server.use(
      http.post('*/api/v1/reference-images/', () =>
        HttpResponse.json({ detail: 'The photo is larger than 20 MB.', code: 'file_too_large' }, { status: 413 }),
      ),
    );
    const user = userEvent.setup();
    renderApp('/images');
    await user.upload(await screen.findByLabelText('Upload photo 2'), photo());
    expect(await screen.findByText('The photo is larger than 20 MB.')).toBeInTheDocument();
  });
});

describe('Generation job', () => {
  it('polls the job until it ends, then stops', async () => {
    db.referenceImages = [makeReferenceImage()];
    const user = userEvent.setup();
    renderApp('/images', createRoutes(20));

    await user.selectOptions(await screen.findByLabelText('Choose an identity'), IDENTITY_ID);
    const generate = screen.getByRole('button', { name: 'Generate Image' });
    await waitFor(() => expect(generate).toBeEnabled());
    await user.click(generate);

    expect(await screen.findByText('Waiting to start.')).toBeInTheDocument();
    expect(screen.getByText(/^Generating for: /)).toBeInTheDocument();
    const job = db.jobs[0]!;
    await waitFor(() => expect(db.jobReads[job.id] ?? 0).toBeGreaterThanOrEqual(2));

    Object.assign(
      job,
      makeJob({ ...job, status: 'succeeded', image: renditions('poster'), mime_type: 'image/jpeg', download_url: `/api/v1/image-generation/jobs/${job.id}/download/` }),
    );
    const poster = await screen.findByRole('img', { name: 'Generated poster for the identity Creative Visionary' });
    expect(poster).toHaveAttribute('src', '/media/poster-medium.jpg');
    // The server names the download and records it; the full-size link stays inline.
    expect(screen.getByRole('link', { name: 'Download' })).toHaveAttribute('href', `/api/v1/image-generation/jobs/${job.id}/download/`);
    expect(screen.getByRole('link', { name: 'Open full size' })).toHaveAttribute('href', '/media/poster.jpg');
    expect(screen.getByRole('link', { name: 'Open full size' })).not.toHaveAttribute('download');

    const reads = db.jobReads[job.id];
    await act(() => sleep(150));
    expect(db.jobReads[job.id]).toBe(reads);
  });

  it('shows why a job failed, from the URL after a reload', async () => {
    db.referenceImages = [makeReferenceImage()];
    db.jobs = [makeJob({ id: uuid(9), status: 'failed', error_message: 'The provider refused the request.' })];
    renderApp(`/images?identity=${IDENTITY_ID}&job=${uuid(9)}`);
    const alert = await screen.findByText('The provider refused the request.', { selector: 'p' });
    expect(alert).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /Failed: The provider refused the request\./ })).toBeInTheDocument();
  });
});

describe('Generated image actions', () => {
  it('saves a finished image to the identity', async () => {
    db.referenceImages = [makeReferenceImage()];
    db.jobs = [makeJob({ id: uuid(5), status: 'succeeded', image: renditions('poster'), mime_type: 'image/png' })];
    const user = userEvent.setup();
    renderApp(`/images?identity=${IDENTITY_ID}&job=${uuid(5)}`);
    expect(await screen.findByRole('link', { name: 'Open full size' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save to Identity' }));
    expect(await screen.findByText('Saved as the image of Creative Visionary.')).toBeInTheDocument();
    expect(db.jobs[0]!.saved_to_identity_at).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Saved to identity' })).toBeDisabled();
  });

  it('shows an earlier job from the history and puts its id in the URL', async () => {
    db.referenceImages = [makeReferenceImage()];
    db.jobs = [
      makeJob({ id: uuid(11), status: 'failed', error_message: 'The service was busy.' }),
      makeJob({ id: uuid(12), status: 'succeeded', image: renditions('old-poster') }),
    ];
    const user = userEvent.setup();
    const { router } = renderApp(`/images?identity=${IDENTITY_ID}`);
    const older = await screen.findByRole('button', { name: /generated on/ });
    await user.click(older);
    expect(router.state.location.search).toContain(`job=${uuid(12)}`);
    expect(await screen.findByRole('img', { name: 'Generated poster for the identity Creative Visionary' })).toHaveAttribute(
      'src',
      '/media/old-poster-medium.jpg',
    );
    expect(screen.getByRole('button', { name: /Failed: The service was busy\./ })).toBeInTheDocument();
  });
});

describe('User selection', () => {
  it('lists a test user by scenario and e-mail, never by their first and last name', async () => {
    renderApp('/images');
    const select = await screen.findByLabelText('Generate for');
    const group = within(select).getByRole('group', { name: 'Test users' });
    expect(within(group).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Runner returning from injury (sam@test.example.com)',
    ]);
    expect(document.body).not.toHaveTextContent(/Sam|Tester/);
  });

  it('loads a test user’s identities and shows who the images are for', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/images');
    await user.selectOptions(await screen.findByLabelText('Generate for'), TEST_USER_ID);
    expect(await screen.findByText('Posters for: Runner returning from injury (sam@test.example.com)')).toBeInTheDocument();
    expect(router.state.location.search).toContain(`user=${TEST_USER_ID}`);
    const identitySelect = await screen.findByLabelText('Choose an identity');
    expect(within(identitySelect).getByRole('option', { name: 'Marathon Runner — Health' })).toBeInTheDocument();
  });
});

describe('Drag and drop', () => {
  it('uploads a photo dropped on an empty slot', async () => {
    renderApp('/images');
    const slot = await screen.findByRole('listitem', { name: 'Reference photo slot 3' });
    fireEvent.dragOver(slot, { dataTransfer: { files: [photo()] } });
    fireEvent.drop(slot, { dataTransfer: { files: [photo()] } });
    expect(await screen.findByRole('img', { name: 'Reference photo 3' })).toBeInTheDocument();
    expect(db.referenceImages[0]!.order).toBe(2);
  });

  it('refuses a file that is not a photo', async () => {
    renderApp('/images');
    const slot = await screen.findByRole('listitem', { name: 'Reference photo slot 1' });
    fireEvent.drop(slot, { dataTransfer: { files: [new File(['x'], 'notes.txt', { type: 'text/plain' })] } });
    expect(await screen.findByText('Please choose a JPEG, PNG, WebP or HEIC photo.')).toBeInTheDocument();
    expect(db.referenceImages).toHaveLength(0);
  });
});

describe('Regenerate', () => {
  it('starts a new job with the same settings as the shown one', async () => {
    db.referenceImages = [makeReferenceImage()];
    db.jobs = [
      makeJob({ id: uuid(7), status: 'succeeded', image: renditions('poster'), aspect_ratio: '16:9', resolution: '2K', additional_prompt: 'on a stage' }),
    ];
    const sent: unknown[] = [];
    const { server } = await import('@/testing/mocks/server');
    server.events.on('request:start', async ({ request }) => {
      if (request.method === 'POST' && request.url.endsWith('/image-generation/generate/')) sent.push(await request.clone().json());
    });
    const user = userEvent.setup();
    const { router } = renderApp(`/images?identity=${IDENTITY_ID}&job=${uuid(7)}`);
    await user.click(await screen.findByRole('button', { name: 'Regenerate' }));
    await waitFor(() => expect(router.state.location.search).not.toContain(`job=${uuid(7)}`));
    server.events.removeAllListeners();
    expect(sent).toEqual([
      { identity_id: IDENTITY_ID, user_id: db.jobs[1]!.user, additional_prompt: 'on a stage', aspect_ratio: '16:9', resolution: '2K', count: 1 },
    ]);
    expect(await screen.findByText('Waiting to start.')).toBeInTheDocument();
  });
});

describe('Likeness', () => {
  const scored = (score: number | null, verdict: 'match' | 'no_match' | 'no_face') => ({
    likeness: { score, verdict, faces: verdict === 'no_face' ? 0 : 1, scored_at: '2026-12-02T10:00:00Z' },
    likeness_unavailable_reason: null,
  });

  it('says on the poster how much it looks like the person, and what the number means', async () => {
    db.referenceImages = [makeReferenceImage()];
    db.jobs = [makeJob({ id: uuid(5), status: 'succeeded', image: renditions('poster'), ...scored(0.781, 'match') })];
    renderApp(`/images?identity=${IDENTITY_ID}&job=${uuid(5)}`);
    const result = await screen.findByRole('region', { name: 'Generated image' });
    expect(await within(result).findByText('Likeness 78 % — looks like them')).toBeInTheDocument();
    expect(within(result).getByText(/how closely the face in the poster matches the faces in the reference photos/)).toBeInTheDocument();
  });

  it('gives the reason when a poster has no likeness', async () => {
    db.referenceImages = [makeReferenceImage()];
    db.jobs = [
      makeJob({
        id: uuid(5),
        status: 'succeeded',
        image: renditions('poster'),
        likeness: null,
        likeness_unavailable_reason: 'Face matching is off for this person, so nothing was compared.',
      }),
    ];
    renderApp(`/images?identity=${IDENTITY_ID}&job=${uuid(5)}`);
    expect(await screen.findByText('Face matching is off for this person, so nothing was compared.')).toBeInTheDocument();
  });

  it('sorts the history by likeness, highest first, posters without a face last', async () => {
    db.referenceImages = [makeReferenceImage()];
    db.jobs = [
      makeJob({ id: uuid(21), status: 'succeeded', image: renditions('a'), ...scored(null, 'no_face') }),
      makeJob({ id: uuid(22), status: 'succeeded', image: renditions('b'), ...scored(0.14, 'no_match') }),
      makeJob({ id: uuid(23), status: 'succeeded', image: renditions('c'), ...scored(0.78, 'match') }),
    ];
    const user = userEvent.setup();
    renderApp(`/images?identity=${IDENTITY_ID}`);
    const history = await screen.findByRole('region', { name: 'History' });
    const labels = () => within(history).getAllByTestId('likeness').map((badge) => badge.textContent);
    await within(history).findAllByTestId('likeness');
    expect(labels()).toEqual(['No face found', '⚠ Likeness 14 % — may not be them', 'Likeness 78 % — looks like them']);
    await user.selectOptions(within(history).getByLabelText('Sort'), 'likeness');
    expect(labels()).toEqual(['Likeness 78 % — looks like them', '⚠ Likeness 14 % — may not be them', 'No face found']);
  });

  it('shows on a slot that its photo may show someone else', async () => {
    const message = 'This photo may show a different person than the other photos (match 21 %).';
    db.referenceImages = [
      makeReferenceImage({ order: 0, quality: { faces: 1, face_box: [1, 1, 9, 9], match_to_others: 0.8, warnings: [] } }),
      makeReferenceImage({
        id: uuid(31),
        order: 1,
        quality: { faces: 1, face_box: [1, 1, 9, 9], match_to_others: 0.21, warnings: [{ code: 'different_person', message }] },
      }),
    ];
    renderApp('/images');
    expect(await screen.findByText(new RegExp(message.replace(/[().%]/g, '.')))).toBeInTheDocument();
  });
});

describe('Photo type', () => {
  it.each([['image/heif'], [''], ['application/octet-stream']])(
    'takes a HEIC photo by its bytes when the browser labels it “%s”',
    async (type) => {
      renderApp('/images');
      const slot = await screen.findByRole('listitem', { name: 'Reference photo slot 1' });
      fireEvent.drop(slot, { dataTransfer: { files: [new File([heicBytes], 'IMG_0420.HEIC', { type })] } });
      expect(await screen.findByRole('img', { name: 'Reference photo 1' })).toBeInTheDocument();
      expect(db.referenceImages).toHaveLength(1);
    },
  );

  it('refuses a file named and labelled as a JPEG whose bytes are not an image', async () => {
    renderApp('/images');
    const slot = await screen.findByRole('listitem', { name: 'Reference photo slot 1' });
    fireEvent.drop(slot, { dataTransfer: { files: [new File(['not a photo'], 'face.jpg', { type: 'image/jpeg' })] } });
    expect(await screen.findByText('Please choose a JPEG, PNG, WebP or HEIC photo.')).toBeInTheDocument();
    expect(db.referenceImages).toHaveLength(0);
  });

  it('refuses a format the server does not accept in the server’s words', async () => {
    const { server } = await import('@/testing/mocks/server');
    const { http, HttpResponse } = await import('msw');
    const { options } = await import('@/testing/mocks/db');
    server.use(
      http.get('*/api/v1/image-generation/options/', () =>
        HttpResponse.json({
          ...options,
          photo_limits: { ...options.photo_limits, accepted_formats: ['JPEG', 'PNG'], wrong_format_refusal: 'Please choose a JPEG or PNG photo.' },
        }),
      ),
    );
    renderApp('/images');
    const slot = await screen.findByRole('listitem', { name: 'Reference photo slot 1' });
    fireEvent.drop(slot, { dataTransfer: { files: [new File([heicBytes], 'IMG_0420.HEIC', { type: 'image/heic' })] } });
    expect(await screen.findByText('Please choose a JPEG or PNG photo.')).toBeInTheDocument();
    expect(db.referenceImages).toHaveLength(0);
  });
});

describe('Photo limits', () => {
  it('takes every number of the tips and the slots from the server’s photo limits', async () => {
    const { server } = await import('@/testing/mocks/server');
    const { http, HttpResponse } = await import('msw');
    const { options } = await import('@/testing/mocks/db');
    server.use(
      http.get('*/api/v1/image-generation/options/', () =>
        HttpResponse.json({
          ...options,
          photo_limits: {
            max_photos: 3,
            max_bytes: 10 * 1024 * 1024,
            max_size: '10 MB',
            max_megapixels: 24,
            min_short_side_px: 300,
            recommended_short_side_px: 640,
            accepted_formats: ['JPEG', 'PNG'],
            too_large_refusal: 'This file is larger than 10 MB, the largest image accepted.',
            wrong_format_refusal: 'Please choose a JPEG or PNG photo.',
          },
        }),
      ),
    );
    renderApp('/images');
    const section = await screen.findByRole('region', { name: /Reference images for/ });
    expect(await within(section).findAllByRole('listitem', { name: /Reference photo slot/ })).toHaveLength(3);
    expect(within(section).getByRole('heading', { name: /up to 3/ })).toBeInTheDocument();
    const tips = within(section).getByRole('list', { name: 'Photo tips' });
    expect(tips).toHaveTextContent('at least 640 px on the short side; a photo under 300 px is refused');
    expect(tips).toHaveTextContent('Up to 3 photos: JPEG or PNG, each at most 10 MB and 24 megapixels.');
    expect(section).not.toHaveTextContent(/512|256|\byour?\b/i);
    expect(tips).toHaveTextContent(/the person/);
  });

  it('says on a slot when its photo is not sent with posters', async () => {
    db.referenceImages = [
      makeReferenceImage({ order: 0 }),
      makeReferenceImage({ id: uuid(32), order: 1, sent_with_posters: false, quality: { faces: 0, face_box: null, match_to_others: null, warnings: [] } }),
    ];
    renderApp('/images');
    const second = await screen.findByRole('listitem', { name: 'Reference photo slot 2' });
    expect(await within(second).findByText('Not sent with posters: no face found')).toBeInTheDocument();
    const first = screen.getByRole('listitem', { name: 'Reference photo slot 1' });
    expect(within(first).queryByText(/Not sent with posters/)).not.toBeInTheDocument();
  });
});

describe('Replacing a photo', () => {
  /** The multipart bodies the page sends to the reference image endpoints (a file part as "(file)"). */
  async function recordUploads() {
    const { server } = await import('@/testing/mocks/server');
    const sent: { method: string; path: string; fields: Record<string, string> }[] = [];
    server.events.on('request:start', async ({ request }) => {
      const path = new URL(request.url).pathname;
      if (request.method === 'GET' || !path.includes('/reference-images/')) return;
      const form = await request.clone().formData();
      const fields = Object.fromEntries([...form.entries()].map(([key, value]) => [key, typeof value === 'string' ? value : '(file)']));
      sent.push({ method: request.method, path, fields });
    });
    return sent;
  }

  afterEach(async () => {
    const { server } = await import('@/testing/mocks/server');
    server.events.removeAllListeners();
  });

  it('asks before a dropped photo replaces the one in a slot, and Cancel keeps it', async () => {
    db.referenceImages = [makeReferenceImage({ name: 'portrait.jpg' })];
    const sent = await recordUploads();
    const user = userEvent.setup();
    renderApp('/images');
    const slot = await screen.findByRole('listitem', { name: 'Reference photo slot 1' });
    expect(within(slot).getByText('portrait.jpg')).toBeInTheDocument();

    fireEvent.drop(slot, { dataTransfer: { files: [photo('beach.jpg')] } });
    const dialog = await screen.findByRole('alertdialog', { name: 'Replace photo 1?' });
    expect(dialog).toHaveTextContent('beach.jpg');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(sent).toEqual([]);
    expect(within(slot).getByText('portrait.jpg')).toBeInTheDocument();
  });

  it('replaces the photo once confirmed, and the slot then shows the new file’s name', async () => {
    db.referenceImages = [makeReferenceImage({ name: 'portrait.jpg' })];
    const sent = await recordUploads();
    const user = userEvent.setup();
    renderApp('/images');
    await user.upload(await screen.findByLabelText('Replace photo 1'), photo('beach.jpg'));
    const dialog = await screen.findByRole('alertdialog', { name: 'Replace photo 1?' });
    expect(dialog).toHaveTextContent('beach.jpg');
    await user.click(within(dialog).getByRole('button', { name: 'Replace photo' }));

    const slot = screen.getByRole('listitem', { name: 'Reference photo slot 1' });
    expect(await within(slot).findByText('beach.jpg')).toBeInTheDocument();
    expect(within(slot).getByRole('img', { name: 'Reference photo 1' })).toHaveAttribute('src', '/media/ref-1-v2-thumb.jpg');
    expect(db.referenceImages).toMatchObject([{ name: 'beach.jpg' }]);
    const id = db.referenceImages[0]!.id;
    // One request, so the activity log shows one replace and no rename.
    expect(sent).toEqual([
      { method: 'POST', path: `/api/v1/reference-images/${id}/upload-image/`, fields: { image: '(file)', name: 'beach.jpg' } },
    ]);
  });

  it('sends the file’s name with a new photo', async () => {
    const sent = await recordUploads();
    const user = userEvent.setup();
    renderApp('/images');
    await user.upload(await screen.findByLabelText('Upload photo 1'), photo('first.jpg'));
    await waitFor(() =>
      expect(within(screen.getByRole('listitem', { name: 'Reference photo slot 1' })).getByText('first.jpg')).toBeInTheDocument(),
    );
    expect(sent).toMatchObject([{ method: 'POST', fields: { image: '(file)', name: 'first.jpg', order: '0' } }]);
  });
});

describe('Several photos at once', () => {
  const slotNames = () =>
    [...db.referenceImages].sort((a, b) => a.order - b.order).map((image) => [image.order, image.name]);

  it('fills the free slots in order from one choice of several files', async () => {
    const user = userEvent.setup();
    renderApp('/images');
    await user.upload(await screen.findByLabelText('Upload photo 1'), [photo('one.jpg'), photo('two.jpg')]);
    // A slot is drawn anew once its photo is in: look it up after that.
    await waitFor(() => expect(db.referenceImages).toHaveLength(2));
    const slot = (number: number) => screen.getByRole('listitem', { name: `Reference photo slot ${number}` });
    await waitFor(() => expect(within(slot(2)).getByText('two.jpg')).toBeInTheDocument());
    expect(within(slot(1)).getByText('one.jpg')).toBeInTheDocument();
    expect(slotNames()).toEqual([
      [0, 'one.jpg'],
      [1, 'two.jpg'],
    ]);
  });

  it('fills only the free slots from a drop on the manager, and says how many were left out', async () => {
    db.referenceImages = [makeReferenceImage({ order: 0, name: 'a.jpg' }), makeReferenceImage({ id: uuid(40), order: 2, name: 'c.jpg' })];
    renderApp('/images');
    const section = await screen.findByRole('region', { name: /Reference images for/ });
    await within(section).findByRole('listitem', { name: 'Reference photo slot 1' });
    const files = ['p.jpg', 'q.jpg', 'r.jpg', 's.jpg', 't.jpg'].map((name) => photo(name));
    fireEvent.drop(within(section).getByRole('heading', { name: /Reference images/ }), { dataTransfer: { files } });

    expect(await within(section).findByText('2 of the 5 photos were left out: only 3 slots were free.')).toBeInTheDocument();
    await waitFor(() => expect(db.referenceImages).toHaveLength(5));
    expect(slotNames()).toEqual([
      [0, 'a.jpg'],
      [1, 'p.jpg'],
      [2, 'c.jpg'],
      [3, 'q.jpg'],
      [4, 'r.jpg'],
    ]);
    expect(await within(section).findByText('r.jpg')).toBeInTheDocument();
  });

  it('fills the free slots from several files dropped on a filled slot, replacing nothing', async () => {
    db.referenceImages = [makeReferenceImage({ order: 0, name: 'a.jpg' })];
    renderApp('/images');
    const first = await screen.findByRole('listitem', { name: 'Reference photo slot 1' });
    fireEvent.drop(first, { dataTransfer: { files: [photo('p.jpg'), photo('q.jpg')] } });
    await waitFor(() => expect(db.referenceImages).toHaveLength(3));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(slotNames()).toEqual([
      [0, 'a.jpg'],
      [1, 'p.jpg'],
      [2, 'q.jpg'],
    ]);
  });

  it('names each refused file among several and sends the others', async () => {
    renderApp('/images');
    const section = await screen.findByRole('region', { name: /Reference images for/ });
    const slot = await within(section).findByRole('listitem', { name: 'Reference photo slot 2' });
    fireEvent.drop(slot, { dataTransfer: { files: [new File(['x'], 'notes.txt', { type: 'text/plain' }), photo('p.jpg')] } });
    expect(await within(section).findByText('notes.txt: Please choose a JPEG, PNG, WebP or HEIC photo.')).toBeInTheDocument();
    await waitFor(() => expect(slotNames()).toEqual([[1, 'p.jpg']]));
  });

  it('catches a file dropped outside the slots while the photos are shown, so the browser does not open it', async () => {
    const { router } = renderApp('/images');
    await screen.findByRole('listitem', { name: 'Reference photo slot 1' });
    const elsewhere = screen.getByRole('heading', { name: 'Settings' });
    const files = [photo()];
    // fireEvent answers false when a listener prevented the browser's default (opening the file).
    expect(fireEvent.dragOver(elsewhere, { dataTransfer: { files, types: ['Files'] } })).toBe(false);
    expect(fireEvent.drop(elsewhere, { dataTransfer: { files, types: ['Files'] } })).toBe(false);
    expect(db.referenceImages).toHaveLength(0);
    expect(router.state.location.pathname).toBe('/images');

    // A drag of text (into the prompt box) is left to the browser.
    expect(fireEvent.dragOver(elsewhere, { dataTransfer: { files: [], types: ['text/plain'] } })).toBe(true);

    await act(() => router.navigate('/'));
    expect(await screen.findByRole('heading', { name: 'Your identities' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Reference images for/ })).not.toBeInTheDocument();
    expect(fireEvent.drop(document.body, { dataTransfer: { files, types: ['Files'] } })).toBe(true);
  });

  it('refuses a file over the size limit before sending it, in the server’s words', async () => {
    const { server } = await import('@/testing/mocks/server');
    const { http, HttpResponse } = await import('msw');
    const { options } = await import('@/testing/mocks/db');
    server.use(
      http.get('*/api/v1/image-generation/options/', () =>
        HttpResponse.json({
          ...options,
          photo_limits: {
            ...options.photo_limits,
            max_bytes: 1024 * 1024,
            max_size: '1 MB',
            too_large_refusal: 'This file is larger than 1 MB, the largest image accepted.',
          },
        }),
      ),
    );
    const user = userEvent.setup();
    renderApp('/images');
    const big = new File([JPEG_START, new Uint8Array(1.5 * 1024 * 1024 - JPEG_START.length)], 'big.jpg', { type: 'image/jpeg' });
    await user.upload(await screen.findByLabelText('Upload photo 1'), big);
    expect(await screen.findByText('This file is larger than 1 MB, the largest image accepted.')).toBeInTheDocument();
    expect(db.referenceImages).toHaveLength(0);
  });
});
