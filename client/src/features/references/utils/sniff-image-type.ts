/** An image format as a person names it, and as the API lists it in `photo_limits.accepted_formats`. */
export type ImageFormat = 'JPEG' | 'PNG' | 'WebP' | 'HEIC';

/** How many leading bytes are read: enough for an ISO-BMFF `ftyp` box with a few brands. */
export const SNIFF_BYTES = 64;

/** HEIC/HEIF brands: still images and sequences coded with HEVC, and the general HEIF brands. */
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);
/** AVIF shares the HEIF container (and often the `mif1` brand) but is not a format we accept. */
const AVIF_BRANDS = new Set(['avif', 'avis']);

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((byte, index) => bytes[at + index] === byte);

/** The brands of an ISO-BMFF file: the major brand and the compatible ones of its `ftyp` box. */
function ftypBrands(bytes: Uint8Array): string[] {
  if (bytes.length < 12 || ascii(bytes, 4, 8) !== 'ftyp') return [];
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  // A size below 16 is 0 ("to the end of the file") or 1 (a 64-bit size follows): read what we have.
  const end = Math.min(bytes.length, boxSize >= 16 ? boxSize : bytes.length);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, at + 4));
  return brands;
}

/** The format the bytes are in, from their first bytes (a "magic number"); null for any other. */
export function imageFormatOf(bytes: Uint8Array): ImageFormat | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'JPEG';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'PNG';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'WebP';
  const brands = ftypBrands(bytes);
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return null;
  if (brands.some((brand) => HEIF_BRANDS.has(brand))) return 'HEIC';
  return null;
}

/**
 * The format of a file, read from its first bytes rather than the type the browser gives it:
 * browsers label HEIC `image/heic`, `image/heif`, something odd or nothing at all.
 */
export async function sniffImageType(file: Blob): Promise<ImageFormat | null> {
  return imageFormatOf(await readBytes(file.slice(0, SNIFF_BYTES)));
}

/** A blob's bytes, through FileReader (which every browser, and jsdom, provides). */
function readBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(blob);
  });
}
