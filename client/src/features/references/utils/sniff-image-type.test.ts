import { imageFormatOf, sniffImageType } from './sniff-image-type';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((char) => char.charCodeAt(0)) : part)));

/** An ISO-BMFF file start: a `ftyp` box with its major brand, minor version and compatible brands. */
function ftyp(major: string, ...compatible: string[]): Uint8Array<ArrayBuffer> {
  const size = 16 + 4 * compatible.length;
  return bytes([0, 0, 0, size], 'ftyp', major, [0, 0, 0, 0], ...compatible, [0, 0, 0, 8], 'meta');
}

describe('imageFormatOf', () => {
  it('knows JPEG, PNG and WebP by their first bytes', () => {
    expect(imageFormatOf(bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'))).toBe('JPEG');
    expect(imageFormatOf(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]))).toBe('PNG');
    expect(imageFormatOf(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '))).toBe('WebP');
  });

  it.each([
    ['heic', ['mif1', 'heic']],
    ['heix', ['mif1', 'heix']],
    ['hevc', ['msf1', 'hevc']],
    ['heim', []],
    ['heis', []],
    ['mif1', ['heic']],
    ['msf1', ['msf1']],
  ])('takes an ftyp box with the brand %s for HEIC', (major, compatible) => {
    expect(imageFormatOf(ftyp(major, ...compatible))).toBe('HEIC');
  });

  it('finds a HEIF brand among the compatible ones', () => {
    expect(imageFormatOf(ftyp('XXXX', 'mif1', 'heic'))).toBe('HEIC');
  });

  it('refuses AVIF, though it shares the HEIF container and the mif1 brand', () => {
    expect(imageFormatOf(ftyp('avif', 'mif1', 'miaf'))).toBeNull();
    expect(imageFormatOf(ftyp('mif1', 'avif'))).toBeNull();
    expect(imageFormatOf(ftyp('avis', 'msf1'))).toBeNull();
  });

  it('refuses other ISO-BMFF files, such as a video', () => {
    expect(imageFormatOf(ftyp('isom', 'iso2', 'mp41'))).toBeNull();
    expect(imageFormatOf(ftyp('qt  '))).toBeNull();
  });

  it('reads brands only inside the ftyp box', () => {
    // The box holds no brand of ours; "heic" follows it, in the next box.
    expect(imageFormatOf(bytes([0, 0, 0, 16], 'ftyp', 'isom', [0, 0, 0, 0], 'heic'))).toBeNull();
  });

  it('refuses anything else, and files too short to tell', () => {
    expect(imageFormatOf(bytes('hello, this is text'))).toBeNull();
    expect(imageFormatOf(bytes('GIF89a'))).toBeNull();
    expect(imageFormatOf(bytes('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeNull();
    expect(imageFormatOf(bytes('RIFF', [0, 0, 0, 0], 'WAVE'))).toBeNull();
    expect(imageFormatOf(bytes([0xff, 0xd8]))).toBeNull();
    expect(imageFormatOf(new Uint8Array())).toBeNull();
  });
});

describe('sniffImageType', () => {
  it('reads the file, not the type the browser gave it', async () => {
    const heif = new File([ftyp('heic', 'mif1', 'heic')], 'IMG_0001.HEIC', { type: 'image/heif' });
    const untyped = new File([ftyp('heic')], 'IMG_0002.heic', { type: '' });
    const renamed = new File(['just text'], 'photo.jpg', { type: 'image/jpeg' });
    await expect(sniffImageType(heif)).resolves.toBe('HEIC');
    await expect(sniffImageType(untyped)).resolves.toBe('HEIC');
    await expect(sniffImageType(renamed)).resolves.toBeNull();
  });
});
