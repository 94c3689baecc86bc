import {
  getReferenceImagesCreateMockHandler,
  getReferenceImagesDestroyMockHandler,
  getReferenceImagesListMockHandler,
  getReferenceImagesUploadImageCreateMockHandler,
} from '@/api/generated/endpoints/reference-images/reference-images.msw';
import type { ReferenceImageOutput } from '@/api/generated/model';
import { makeReferenceImage, renditions, uuid } from './fixtures';
import { refuse } from './handlers';
import { server } from './server';

/** The name a rendition URL was made from (`/media/ref-100.jpg` → `ref-100`). */
const mediaName = (url: string) => url.replace(/^\/media\//, '').replace(/\.jpg$/, '');

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : undefined;
};

/**
 * For a test that adds, replaces or deletes photos: the photo endpoints answer as the server
 * does, from and into the array returned (which the test reads). New photos are numbered from 100.
 */
export function servePhotos(initial: ReferenceImageOutput[] = []): ReferenceImageOutput[] {
  const photos = [...initial];
  let next = 100;
  const find = (id: unknown) => photos.findIndex((photo) => photo.id === id);
  server.use(
    getReferenceImagesListMockHandler(() => photos),
    getReferenceImagesCreateMockHandler(async ({ request }) => {
      const form = await request.formData();
      const n = next++;
      const photo = makeReferenceImage({
        id: uuid(n),
        order: Number(field(form, 'order') ?? 0),
        name: field(form, 'name') ?? '',
        image: renditions(`ref-${n}`),
      });
      photos.push(photo);
      return photo;
    }),
    // As the server: the new photo, and the name it is listed by when one is sent.
    getReferenceImagesUploadImageCreateMockHandler(async ({ params, request }) => {
      const index = find(params.id);
      const existing = photos[index] ?? refuse(404, 'Not found.', 'not_found');
      const name = field(await request.formData(), 'name');
      const file = existing.image ? mediaName(existing.image.full_size) : existing.id;
      const replaced = { ...existing, image: renditions(`${file}-v2`), ...(name === undefined ? {} : { name }) };
      photos[index] = replaced;
      return replaced;
    }),
    getReferenceImagesDestroyMockHandler(({ params }) => {
      const index = find(params.id);
      if (index >= 0) photos.splice(index, 1);
    }),
  );
  return photos;
}
