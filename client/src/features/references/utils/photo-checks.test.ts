import { acceptAttribute, checkPhoto, listWithOr } from './photo-checks';
import { options } from '@/testing/mocks/fixtures';

const limits = options.photo_limits;

describe('listWithOr', () => {
  it('lists things as a sentence does', () => {
    expect(listWithOr(['JPEG', 'PNG', 'WebP', 'HEIC'])).toBe('JPEG, PNG, WebP or HEIC');
    expect(listWithOr(['JPEG', 'PNG'])).toBe('JPEG or PNG');
    expect(listWithOr(['JPEG'])).toBe('JPEG');
  });
});

describe('acceptAttribute', () => {
  it('offers HEIC by both of its types and its file endings', () => {
    expect(acceptAttribute(['JPEG', 'HEIC']).split(',')).toEqual(['image/jpeg', '.jpg', '.jpeg', 'image/heic', 'image/heif', '.heic', '.heif']);
  });
});

describe('checkPhoto', () => {
  it('takes a file by its bytes and refuses one in a format not accepted, in the served words', async () => {
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], 'x.bin', { type: '' });
    await expect(checkPhoto(png, limits)).resolves.toBeNull();
    const jpegOnly = { ...limits, accepted_formats: ['JPEG'], wrong_format_refusal: 'JPEG only, please.' };
    await expect(checkPhoto(png, jpegOnly)).resolves.toBe('JPEG only, please.');
    await expect(checkPhoto(new File(['GIF89a'], 'a.gif', { type: 'image/gif' }), limits)).resolves.toBe(limits.wrong_format_refusal);
  });

  it('refuses a file over the limit before reading it, in the served words', async () => {
    const big = new File([new Uint8Array(2048)], 'big.jpg', { type: 'image/jpeg' });
    await expect(checkPhoto(big, { ...limits, max_bytes: 1024 })).resolves.toBe(limits.too_large_refusal);
  });
});
