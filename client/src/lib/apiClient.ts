import { z } from 'zod';
import { authCsrfRetrieve200Response } from '@/api/generated/zod/auth/auth.zod';

/** Error body every API error uses: `{detail, code, fields?}`. */
const errorBodySchema = z.object({
  detail: z.string().optional(),
  code: z.string().optional(),
  fields: z.record(z.string(), z.array(z.string())).optional(),
});

export type FieldErrors = Record<string, string[]>;

export class ApiError extends Error {
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly fields: FieldErrors;

  constructor(status: number, detail: string, code: string, fields: FieldErrors = {}) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.detail = detail;
    this.code = code;
    this.fields = fields;
  }
}

export const API_BASE = '/api/v1';
const CSRF_COOKIE = 'csrftoken';
const CSRF_HEADER = 'X-CSRFToken';

/** Sentence for any thrown value, preferring the API's own detail. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.detail;
  if (error instanceof z.ZodError) return 'The server sent an answer this page does not understand.';
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}

function readCookie(name: string): string | null {
  const prefix = `${name}=`;
  for (const part of document.cookie.split(';')) {
    const item = part.trim();
    if (item.startsWith(prefix)) return decodeURIComponent(item.slice(prefix.length));
  }
  return null;
}

let csrfFromResponse: string | null = null;

/** The CSRF token from the cookie; asks the server for one when there is none. */
export async function getCsrfToken(): Promise<string> {
  const fromCookie = readCookie(CSRF_COOKIE);
  if (fromCookie) return fromCookie;
  if (csrfFromResponse) return csrfFromResponse;
  const body = await request(`/auth/csrf/`, { schema: authCsrfRetrieve200Response });
  csrfFromResponse = body.csrf_token;
  return readCookie(CSRF_COOKIE) ?? body.csrf_token;
}

/** Forget a cached token (after login/logout Django rotates it). */
export function resetCsrfToken(): void {
  csrfFromResponse = null;
}

function statusSentence(status: number): string {
  if (status === 401 || status === 403) return 'You are not allowed to do that. Please sign in again.';
  if (status === 404) return 'Not found.';
  if (status === 413) return 'The file is too large.';
  if (status >= 500) return 'The server had a problem. Please try again.';
  return `The request failed (HTTP ${status}).`;
}

/** Builds an ApiError from a status and a (maybe JSON) body text. */
export function toApiError(status: number, text: string): ApiError {
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  const body = errorBodySchema.safeParse(parsed);
  if (body.success) {
    return new ApiError(
      status,
      body.data.detail ?? statusSentence(status),
      body.data.code ?? `http_${status}`,
      body.data.fields ?? {},
    );
  }
  return new ApiError(status, statusSentence(status), `http_${status}`);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface RequestOptions<T> {
  method?: string;
  /** Sent as is; the caller encodes JSON and sets its Content-Type. */
  body?: BodyInit | null;
  headers?: HeadersInit;
  schema?: z.ZodType<T>;
  signal?: AbortSignal | null;
}

async function request<T = unknown>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  const method = (options.method ?? 'GET').toUpperCase();
  const headers = new Headers(options.headers);
  headers.set('Accept', 'application/json');
  if (!SAFE_METHODS.has(method)) headers.set(CSRF_HEADER, await getCsrfToken());

  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      body: options.body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'Could not reach the server. Check your connection.', 'network_error');
  }
  const text = response.status === 204 ? '' : await response.text();
  if (!response.ok) throw toApiError(response.status, text);
  const data: unknown = text ? JSON.parse(text) : undefined;
  return options.schema ? options.schema.parse(data) : (data as T);
}

export interface UploadOptions {
  onProgress?: (fraction: number) => void;
  /** POST unless said otherwise. */
  method?: string;
}

/** A multipart request through XMLHttpRequest, so upload progress can be shown. */
async function upload<T>(path: string, form: FormData, schema?: z.ZodType<T>, options: UploadOptions = {}): Promise<T> {
  const token = await getCsrfToken();
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(options.method ?? 'POST', `${API_BASE}${path}`);
    xhr.withCredentials = false; // same origin: cookies are sent anyway
    xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(toApiError(xhr.status, xhr.responseText));
        return;
      }
      try {
        const data: unknown = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
        resolve(schema ? schema.parse(data) : (data as T));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    xhr.onerror = () => reject(new ApiError(0, 'The upload did not reach the server. Check your connection.', 'network_error'));
    xhr.onabort = () => reject(new ApiError(0, 'The upload was cancelled.', 'aborted'));
    xhr.send(form);
  });
}

export const apiClient = { upload };

/**
 * What the generated request functions and hooks may pass (their `request` option): fetch's
 * options, upload progress for multipart bodies, and the generated zod schema of the answer.
 */
export interface ApiRequestInit extends RequestInit {
  onUploadProgress?: (fraction: number) => void;
  /** The answer is checked against it: a renamed or missing field is an error, not an empty value. */
  schema?: z.ZodType;
}

/**
 * The one fetch of the generated request functions (orval's mutator): same-origin cookies, the
 * CSRF header on unsafe methods, and `{detail, code, fields}` answers thrown as `ApiError`.
 * Multipart bodies go through XMLHttpRequest for their progress. With a `schema` the answer is
 * what it parses to; without one, as sent.
 */
export async function apiFetch<T>(url: string, init: ApiRequestInit = {}): Promise<T> {
  const path = url.startsWith(API_BASE) ? url.slice(API_BASE.length) : url;
  const schema = init.schema as z.ZodType<T> | undefined;
  if (init.body instanceof FormData) {
    return upload<T>(path, init.body, schema, { method: init.method, onProgress: init.onUploadProgress });
  }
  return request<T>(path, { ...init, schema });
}
