import { acceptAttribute, acceptedFormatsSentence, checkPhoto } from '@/lib/photoChecks';
import { options } from '@/testing/mocks/db';

const limits = options.photo_limits;

describe('acceptedFormatsSentence', () => {
  it('lists the formats as a sentence does', () => {
    expect(acceptedFormatsSentence(['JPEG', 'PNG', 'WebP', 'HEIC'])).toBe('Please choose a JPEG, PNG, WebP or HEIC photo.');
    expect(acceptedFormatsSentence(['JPEG', 'PNG'])).toBe('Please choose a JPEG or PNG photo.');
    expect(acceptedFormatsSentence(['JPEG'])).toBe('Please choose a JPEG photo.');
  });
});

describe('acceptAttribute', () => {
  it('offers HEIC by both of its types and its file endings', () => {
    expect(acceptAttribute(['JPEG', 'HEIC']).split(',')).toEqual(['image/jpeg', '.jpg', '.jpeg', 'image/heic', 'image/heif', '.heic', '.heif']);
  });
});

describe('checkPhoto', () => {
  it('takes a file by its bytes and refuses one in a format not accepted', async () => {
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], 'x.bin', { type: '' });
    await expect(checkPhoto(png, limits)).resolves.toBeNull();
    await expect(checkPhoto(png, { ...limits, accepted_formats: ['JPEG'] })).resolves.toBe('Please choose a JPEG photo.');
    await expect(checkPhoto(new File(['GIF89a'], 'a.gif', { type: 'image/gif' }), limits)).resolves.toBe(
      'Please choose a JPEG, PNG, WebP or HEIC photo.',
    );
  });
});
