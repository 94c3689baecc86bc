/**
 * A fresh key for one intended request (a click of Generate, Refine or Save): the API answers
 * a retry with the same key with its first answer instead of starting a second paid poster.
 * Built from getRandomValues, which unlike randomUUID also works on a plain-http address.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
