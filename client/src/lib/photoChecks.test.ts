import { acceptAttribute, acceptedFormatsSentence, checkPhoto, formatMegabytes, tooLargeSentence } from '@/lib/photoChecks';
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

describe('formatMegabytes', () => {
  const MB = 1024 * 1024;

  it('gives sizes in MB with as few decimals as keep them apart', () => {
    expect(formatMegabytes([20 * MB])).toEqual(['20 MB']);
    expect(formatMegabytes([25.3 * MB, 20 * MB])).toEqual(['25.3 MB', '20 MB']);
    expect(formatMegabytes([20.04 * MB, 20 * MB])).toEqual(['20.04 MB', '20 MB']);
    expect(formatMegabytes([20 * MB + 1, 20 * MB])).toEqual(['20.000001 MB', '20 MB']);
  });
});

describe('tooLargeSentence', () => {
  it('gives both sizes', () => {
    expect(tooLargeSentence(31.5 * 1024 * 1024, 20 * 1024 * 1024)).toBe('This file is 31.5 MB; the largest photo accepted is 20 MB.');
  });

  it('refuses a file over the limit before reading it', async () => {
    const big = new File([new Uint8Array(2048)], 'big.jpg', { type: 'image/jpeg' });
    await expect(checkPhoto(big, { ...limits, max_bytes: 1024 })).resolves.toBe(
      'This file is 0.002 MB; the largest photo accepted is 0.001 MB.',
    );
  });
});
