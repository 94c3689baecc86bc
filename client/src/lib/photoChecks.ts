import type { PhotoLimits } from '@/api/referenceImages';
import { sniffImageType } from '@/lib/sniffImageType';

const MB = 1024 * 1024;

/**
 * Sizes in MB (of 1024 × 1024 bytes, as the server counts them), with as few decimals as keep
 * different sizes apart: "20 MB" and "25.3 MB", but "20.000001 MB" for a byte over 20 MB.
 */
export function formatMegabytes(sizes: readonly number[]): string[] {
  const distinct = new Set(sizes).size;
  let texts: string[] = [];
  for (let decimals = 1; decimals <= 7; decimals += 1) {
    texts = sizes.map((size) => `${Number((size / MB).toFixed(decimals))} MB`);
    if (new Set(texts).size === distinct) break;
  }
  return texts;
}

/** "A, B, C or D", as a sentence lists things. */
export function listWithOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** The refusal of a file in no accepted format: "Please choose a JPEG, PNG, WebP or HEIC photo." */
export function acceptedFormatsSentence(formats: readonly string[]): string {
  return `Please choose a ${listWithOr(formats)} photo.`;
}

/** What a file input offers in the chooser: the types and file endings of each accepted format. */
const ACCEPT_BY_FORMAT: Record<string, string[]> = {
  jpeg: ['image/jpeg', '.jpg', '.jpeg'],
  png: ['image/png', '.png'],
  webp: ['image/webp', '.webp'],
  // Browsers label HEIC image/heic, image/heif or nothing; the file ending finds it in the chooser.
  heic: ['image/heic', 'image/heif', '.heic', '.heif'],
};

export function acceptAttribute(formats: readonly string[]): string {
  return formats.flatMap((format) => ACCEPT_BY_FORMAT[format.toLowerCase()] ?? []).join(',');
}

/** The refusal of a file over the size limit, giving both sizes. */
export function tooLargeSentence(size: number, maxBytes: number): string {
  const [actual, largest] = formatMegabytes([size, maxBytes]);
  return `This file is ${actual}; the largest photo accepted is ${largest}.`;
}

/**
 * Why a file cannot be a reference photo, as a sentence; null when it may be sent. The server
 * checks again (and more: the pixels); these spare sending a file it would refuse.
 */
export async function checkPhoto(file: File, limits: PhotoLimits): Promise<string | null> {
  if (file.size > limits.max_bytes) return tooLargeSentence(file.size, limits.max_bytes);
  const format = await sniffImageType(file);
  const accepted = limits.accepted_formats.map((name) => name.toLowerCase());
  if (!format || !accepted.includes(format.toLowerCase())) return acceptedFormatsSentence(limits.accepted_formats);
  return null;
}
