import type { PhotoLimitsOutput as PhotoLimits } from '@/api/generated/model';
import { sniffImageType } from './sniff-image-type';

/** "A, B, C or D", as a sentence lists things. */
export function listWithOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
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

/**
 * Why a file cannot be a reference photo, in the upload's own words (served with the limits);
 * null when it may be sent. The server checks again (and more: the pixels); these spare
 * sending a file it would refuse.
 */
export async function checkPhoto(file: File, limits: PhotoLimits): Promise<string | null> {
  if (file.size > limits.max_bytes) return limits.too_large_refusal;
  const format = await sniffImageType(file);
  const accepted = limits.accepted_formats.map((name) => name.toLowerCase());
  if (!format || !accepted.includes(format.toLowerCase())) return limits.wrong_format_refusal;
  return null;
}
