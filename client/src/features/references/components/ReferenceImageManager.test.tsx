import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { getImageGenerationOptionsRetrieveMockHandler } from '@/api/generated/endpoints/image-generation/image-generation.msw';
import type { ReferenceImageOutput } from '@/api/generated/model';
import { makeReferenceImage, options, uuid } from '@/testing/mocks/fixtures';
import { servePhotos } from '@/testing/mocks/photos';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/render';

const JPEG_START = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);

/** A file the page takes for a JPEG: it starts as one (the page reads the bytes, not the name). */
function photo(name = 'face.jpg') {
  return new File([JPEG_START, 'fake-bytes'], name, { type: 'image/jpeg' });
}

/** The start of a HEIC photo: an ftyp box with the heic brand. */
const heicBytes = new Uint8Array([0, 0, 0, 24, ...[...'ftypheic\0\0\0\0mif1heic'].map((char) => char.charCodeAt(0))]);

describe('Reference image slots', () => {
  it('uploads, replaces and deletes (after confirming) a photo', async () => {
    const photos = servePhotos();
    const user = userEvent.setup();
    renderApp('/images');

    await user.upload(await screen.findByLabelText('Upload photo 1'), photo());
    const img = await screen.findByRole('img', { name: 'Reference photo 1' });
    expect(img).toHaveAttribute('src', '/media/ref-100-thumb.jpg');
    expect(photos).toHaveLength(1);

    await user.upload(screen.getByLabelText('Replace photo 1'), photo('better.jpg'));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Replace photo' }));
    await waitFor(() =>
      expect(screen.getByRole('img', { name: 'Reference photo 1' })).toHaveAttribute('src', '/media/ref-100-v2-thumb.jpg'),
    );
    expect(photos).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Delete photo 1' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete photo 1?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(photos).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Delete photo 1' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete photo' }));
    expect(await screen.findByLabelText('Upload photo 1')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: 'Reference photo 1' })).not.toBeInTheDocument();
    expect(photos).toHaveLength(0);
  });

  it('shows the quality warnings of a photo', async () => {
    servePhotos([
      makeReferenceImage({
        order: 2,
        quality: { faces: 0, face_box: null, match_to_others: null, warnings: [{ code: 'no_face', message: 'No face was found in this photo.' }] },
      }),
    ]);
    renderApp('/images');
    expect(await screen.findByText(/No face was found in this photo\./)).toBeInTheDocument();
  });

  it('shows on a slot that its photo may show someone else', async () => {
    const message = 'This photo may show a different person than the other photos (match 21 %).';
    servePhotos([
      makeReferenceImage({ order: 0, quality: { faces: 1, face_box: [1, 1, 9, 9], match_to_others: 0.8, warnings: [] } }),
      makeReferenceImage({
        id: uuid(31),
        order: 1,
        quality: { faces: 1, face_box: [1, 1, 9, 9], match_to_others: 0.21, warnings: [{ code: 'different_person', message }] },
      }),
    ]);
    renderApp('/images');
    expect(await screen.findByText(new RegExp(message.replace(/[().%]/g, '.')))).toBeInTheDocument();
  });

  it('shows the API detail when an upload is refused', async () => {
    servePhotos();
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

describe('Drag and drop', () => {
  it('uploads a photo dropped on an empty slot', async () => {
    const photos = servePhotos();
    renderApp('/images');
    const slot = await screen.findByRole('listitem', { name: 'Reference photo slot 3' });
    fireEvent.dragOver(slot, { dataTransfer: { files: [photo()] } });
    fireEvent.drop(slot, { dataTransfer: { files: [photo()] } });
    expect(await screen.findByRole('img', { name: 'Reference photo 3' })).toBeInTheDocument();
    expect(photos[0]!.order).toBe(2);
  });

  it('refuses a file that is not a photo', async () => {
    const photos = servePhotos();
    renderApp('/images');
    const slot = await screen.findByRole('listitem', { name: 'Reference photo slot 1' });
    fireEvent.drop(slot, { dataTransfer: { files: [new File(['x'], 'notes.txt', { type: 'text/plain' })] } });
    expect(await screen.findByText('Please choose a JPEG, PNG, WebP or HEIC photo.')).toBeInTheDocument();
    expect(photos).toHaveLength(0);
  });
});

describe('Photo type', () => {
  it.each([['image/heif'], [''], ['application/octet-stream']])(
    'takes a HEIC photo by its bytes when the browser labels it “%s”',
    async (type) => {
    const photos = servePhotos();
      renderApp('/images');
      const slot = await screen.findByRole('listitem', { name: 'Reference photo slot 1' });
      fireEvent.drop(slot, { dataTransfer: { files: [new File([heicBytes], 'IMG_0420.HEIC', { type })] } });
      expect(await screen.findByRole('img', { name: 'Reference photo 1' })).toBeInTheDocument();
      expect(photos).toHaveLength(1);
    },
  );

  it('refuses a file named and labelled as a JPEG whose bytes are not an image', async () => {
    const photos = servePhotos();
    renderApp('/images');
    const slot = await screen.findByRole('listitem', { name: 'Reference photo slot 1' });
    fireEvent.drop(slot, { dataTransfer: { files: [new File(['not a photo'], 'face.jpg', { type: 'image/jpeg' })] } });
    expect(await screen.findByText('Please choose a JPEG, PNG, WebP or HEIC photo.')).toBeInTheDocument();
    expect(photos).toHaveLength(0);
  });

  it('refuses a format the server does not accept in the server’s words', async () => {
    const photos = servePhotos();
    server.use(
      getImageGenerationOptionsRetrieveMockHandler({
          ...options,
          photo_limits: { ...options.photo_limits, accepted_formats: ['JPEG', 'PNG'], wrong_format_refusal: 'Please choose a JPEG or PNG photo.' },
        }),
    );
    renderApp('/images');
    const slot = await screen.findByRole('listitem', { name: 'Reference photo slot 1' });
    fireEvent.drop(slot, { dataTransfer: { files: [new File([heicBytes], 'IMG_0420.HEIC', { type: 'image/heic' })] } });
    expect(await screen.findByText('Please choose a JPEG or PNG photo.')).toBeInTheDocument();
    expect(photos).toHaveLength(0);
  });
});

describe('Photo limits', () => {
  it('takes every number of the tips and the slots from the server’s photo limits', async () => {
    servePhotos();
    server.use(
      getImageGenerationOptionsRetrieveMockHandler({
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
    servePhotos([
      makeReferenceImage({ order: 0 }),
      makeReferenceImage({ id: uuid(32), order: 1, sent_with_posters: false, quality: { faces: 0, face_box: null, match_to_others: null, warnings: [] } }),
    ]);
    renderApp('/images');
    const second = await screen.findByRole('listitem', { name: 'Reference photo slot 2' });
    expect(await within(second).findByText('Not sent with posters: no face found')).toBeInTheDocument();
    const first = screen.getByRole('listitem', { name: 'Reference photo slot 1' });
    expect(within(first).queryByText(/Not sent with posters/)).not.toBeInTheDocument();
  });
});

describe('Replacing a photo', () => {
  /** The multipart bodies the page sends to the reference image endpoints (a file part as "(file)"). */
  function recordUploads() {
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

  afterEach(() => {
    server.events.removeAllListeners();
  });

  it('asks before a dropped photo replaces the one in a slot, and Cancel keeps it', async () => {
    servePhotos([makeReferenceImage({ name: 'portrait.jpg' })]);
    const sent = recordUploads();
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
    const photos = servePhotos([makeReferenceImage({ name: 'portrait.jpg' })]);
    const sent = recordUploads();
    const user = userEvent.setup();
    renderApp('/images');
    await user.upload(await screen.findByLabelText('Replace photo 1'), photo('beach.jpg'));
    const dialog = await screen.findByRole('alertdialog', { name: 'Replace photo 1?' });
    expect(dialog).toHaveTextContent('beach.jpg');
    await user.click(within(dialog).getByRole('button', { name: 'Replace photo' }));

    const slot = screen.getByRole('listitem', { name: 'Reference photo slot 1' });
    expect(await within(slot).findByText('beach.jpg')).toBeInTheDocument();
    expect(within(slot).getByRole('img', { name: 'Reference photo 1' })).toHaveAttribute('src', '/media/ref-1-v2-thumb.jpg');
    expect(photos).toMatchObject([{ name: 'beach.jpg' }]);
    const id = photos[0]!.id;
    // One request, so the activity log shows one replace and no rename.
    expect(sent).toEqual([
      { method: 'POST', path: `/api/v1/reference-images/${id}/upload-image/`, fields: { image: '(file)', name: 'beach.jpg' } },
    ]);
  });

  it('sends the file’s name with a new photo', async () => {
    servePhotos();
    const sent = recordUploads();
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
  const slotNames = (photos: ReferenceImageOutput[]) =>
    [...photos].sort((a, b) => a.order - b.order).map((image) => [image.order, image.name]);

  it('fills the free slots in order from one choice of several files', async () => {
    const photos = servePhotos();
    const user = userEvent.setup();
    renderApp('/images');
    await user.upload(await screen.findByLabelText('Upload photo 1'), [photo('one.jpg'), photo('two.jpg')]);
    // A slot is drawn anew once its photo is in: look it up after that.
    await waitFor(() => expect(photos).toHaveLength(2));
    const slot = (number: number) => screen.getByRole('listitem', { name: `Reference photo slot ${number}` });
    await waitFor(() => expect(within(slot(2)).getByText('two.jpg')).toBeInTheDocument());
    expect(within(slot(1)).getByText('one.jpg')).toBeInTheDocument();
    expect(slotNames(photos)).toEqual([
      [0, 'one.jpg'],
      [1, 'two.jpg'],
    ]);
  });

  it('fills only the free slots from a drop on the manager, and says how many were left out', async () => {
    const photos = servePhotos([makeReferenceImage({ order: 0, name: 'a.jpg' }), makeReferenceImage({ id: uuid(40), order: 2, name: 'c.jpg' })]);
    renderApp('/images');
    const section = await screen.findByRole('region', { name: /Reference images for/ });
    await within(section).findByRole('listitem', { name: 'Reference photo slot 1' });
    const files = ['p.jpg', 'q.jpg', 'r.jpg', 's.jpg', 't.jpg'].map((name) => photo(name));
    fireEvent.drop(within(section).getByRole('heading', { name: /Reference images/ }), { dataTransfer: { files } });

    expect(await within(section).findByText('2 of the 5 photos were left out: only 3 slots were free.')).toBeInTheDocument();
    await waitFor(() => expect(photos).toHaveLength(5));
    expect(slotNames(photos)).toEqual([
      [0, 'a.jpg'],
      [1, 'p.jpg'],
      [2, 'c.jpg'],
      [3, 'q.jpg'],
      [4, 'r.jpg'],
    ]);
    expect(await within(section).findByText('r.jpg')).toBeInTheDocument();
  });

  it('fills the free slots from several files dropped on a filled slot, replacing nothing', async () => {
    const photos = servePhotos([makeReferenceImage({ order: 0, name: 'a.jpg' })]);
    renderApp('/images');
    const first = await screen.findByRole('listitem', { name: 'Reference photo slot 1' });
    fireEvent.drop(first, { dataTransfer: { files: [photo('p.jpg'), photo('q.jpg')] } });
    await waitFor(() => expect(photos).toHaveLength(3));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(slotNames(photos)).toEqual([
      [0, 'a.jpg'],
      [1, 'p.jpg'],
      [2, 'q.jpg'],
    ]);
  });

  it('names each refused file among several and sends the others', async () => {
    const photos = servePhotos();
    renderApp('/images');
    const section = await screen.findByRole('region', { name: /Reference images for/ });
    const slot = await within(section).findByRole('listitem', { name: 'Reference photo slot 2' });
    fireEvent.drop(slot, { dataTransfer: { files: [new File(['x'], 'notes.txt', { type: 'text/plain' }), photo('p.jpg')] } });
    expect(await within(section).findByText('notes.txt: Please choose a JPEG, PNG, WebP or HEIC photo.')).toBeInTheDocument();
    await waitFor(() => expect(slotNames(photos)).toEqual([[1, 'p.jpg']]));
  });

  it('catches a file dropped outside the slots while the photos are shown, so the browser does not open it', async () => {
    const photos = servePhotos();
    const { router } = renderApp('/images');
    await screen.findByRole('listitem', { name: 'Reference photo slot 1' });
    const elsewhere = screen.getByRole('heading', { name: 'Settings' });
    const files = [photo()];
    // fireEvent answers false when a listener prevented the browser's default (opening the file).
    expect(fireEvent.dragOver(elsewhere, { dataTransfer: { files, types: ['Files'] } })).toBe(false);
    expect(fireEvent.drop(elsewhere, { dataTransfer: { files, types: ['Files'] } })).toBe(false);
    expect(photos).toHaveLength(0);
    expect(router.state.location.pathname).toBe('/images');

    // A drag of text (into the prompt box) is left to the browser.
    expect(fireEvent.dragOver(elsewhere, { dataTransfer: { files: [], types: ['text/plain'] } })).toBe(true);

    await act(() => router.navigate('/'));
    expect(await screen.findByRole('heading', { name: 'Your identities' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Reference images for/ })).not.toBeInTheDocument();
    expect(fireEvent.drop(document.body, { dataTransfer: { files, types: ['Files'] } })).toBe(true);
  });

  it('refuses a file over the size limit before sending it, in the server’s words', async () => {
    const photos = servePhotos();
    server.use(
      getImageGenerationOptionsRetrieveMockHandler({
          ...options,
          photo_limits: {
            ...options.photo_limits,
            max_bytes: 1024 * 1024,
            max_size: '1 MB',
            too_large_refusal: 'This file is larger than 1 MB, the largest image accepted.',
          },
        }),
    );
    const user = userEvent.setup();
    renderApp('/images');
    const big = new File([JPEG_START, new Uint8Array(1.5 * 1024 * 1024 - JPEG_START.length)], 'big.jpg', { type: 'image/jpeg' });
    await user.upload(await screen.findByLabelText('Upload photo 1'), big);
    expect(await screen.findByText('This file is larger than 1 MB, the largest image accepted.')).toBeInTheDocument();
    expect(photos).toHaveLength(0);
  });
});
