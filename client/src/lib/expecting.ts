import type { z } from 'zod';
import type { ApiRequestInit } from '@/lib/apiClient';

/** Options for a generated request function that check its answer against `schema` (see apiFetch). */
export function expecting(schema: z.ZodType, init: ApiRequestInit = {}): RequestInit {
  const checked: ApiRequestInit = { ...init, schema };
  return checked;
}
