import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { ApiError, apiClient, apiFetch, toApiError, type ApiRequestInit } from '@/lib/apiClient';
import { server } from '@/testing/mocks/server';

/** A stand-in XMLHttpRequest that records what was sent and answers on demand. */
class FakeXhr {
  static last: FakeXhr | null = null;
  headers: Record<string, string> = {};
  method = '';
  url = '';
  body: unknown = null;
  status = 0;
  responseText = '';
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  withCredentials = false;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

describe('apiClient.upload', () => {
  beforeEach(() => {
    document.cookie = 'csrftoken=cookie-token; path=/';
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends the CSRF header, reports progress and parses the answer', async () => {
    const progress: number[] = [];
    const form = new FormData();
    const pending = apiClient.upload('/reference-images/', form, z.object({ id: z.string() }), {
      onProgress: (fraction) => progress.push(fraction),
    });
    await vi.waitFor(() => expect(FakeXhr.last?.method).toBe('POST'));
    const xhr = FakeXhr.last!;
    expect(xhr.url).toBe('/api/v1/reference-images/');
    expect(xhr.headers['X-CSRFToken']).toBe('cookie-token');
    expect(xhr.body).toBe(form);
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 100, total: 100 });
    xhr.answer(201, { id: 'ref-1' });
    await expect(pending).resolves.toEqual({ id: 'ref-1' });
    expect(progress).toEqual([0.5, 1]);
  });

  it('rejects with the API detail when the file is refused', async () => {
    const pending = apiClient.upload('/reference-images/', new FormData(), z.object({ id: z.string() }));
    await vi.waitFor(() => expect(FakeXhr.last?.method).toBe('POST'));
    FakeXhr.last!.answer(413, { detail: 'The photo is larger than 20 MB.', code: 'file_too_large' });
    await expect(pending).rejects.toMatchObject({ status: 413, detail: 'The photo is larger than 20 MB.', code: 'file_too_large' });
  });
});

describe('apiFetch (what the generated request functions call)', () => {
  beforeEach(() => {
    document.cookie = 'csrftoken=cookie-token; path=/';
  });

  it('sends the body as given, with the CSRF header, and throws the API error with its fields', async () => {
    const seen: { csrf: string | null; type: string | null; body: unknown }[] = [];
    server.use(
      http.post('*/api/v1/image-generation/generate/', async ({ request }) => {
        seen.push({ csrf: request.headers.get('X-CSRFToken'), type: request.headers.get('Content-Type'), body: await request.json() });
        return HttpResponse.json(
          { detail: 'Resolution: Must be one of 1K, 2K, 4K.', code: 'invalid_choice', fields: { resolution: ['Must be one of 1K, 2K, 4K.'] } },
          { status: 400 },
        );
      }),
    );
    const pending = apiFetch('/api/v1/image-generation/generate/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ resolution: '8K' }),
    });
    await expect(pending).rejects.toMatchObject({ status: 400, code: 'invalid_choice', fields: { resolution: ['Must be one of 1K, 2K, 4K.'] } });
    expect(seen).toEqual([{ csrf: 'cookie-token', type: 'application/json', body: { resolution: '8K' } }]);
  });

  it('sends a multipart body through XMLHttpRequest, with its method, and reports progress', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    try {
      const progress: number[] = [];
      const form = new FormData();
      const init: ApiRequestInit = { method: 'PATCH', body: form, onUploadProgress: (fraction) => progress.push(fraction) };
      const pending = apiFetch('/api/v1/identities/some-id/upload-image/', init);
      await vi.waitFor(() => expect(FakeXhr.last?.method).toBe('PATCH'));
      const xhr = FakeXhr.last!;
      expect(xhr.url).toBe('/api/v1/identities/some-id/upload-image/');
      expect(xhr.headers['X-CSRFToken']).toBe('cookie-token');
      expect(xhr.body).toBe(form);
      xhr.upload.onprogress?.({ lengthComputable: true, loaded: 1, total: 4 });
      xhr.answer(200, { id: 'some-id' });
      await expect(pending).resolves.toEqual({ id: 'some-id' });
      expect(progress).toEqual([0.25]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('toApiError', () => {
  it('keeps detail, code and fields', () => {
    const error = toApiError(400, JSON.stringify({ detail: 'Check the form.', code: 'invalid', fields: { email: ['Enter a valid e-mail.'] } }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.fields).toEqual({ email: ['Enter a valid e-mail.'] });
  });

  it('falls back to a sentence when the body is not JSON', () => {
    expect(toApiError(502, '<html>Bad gateway</html>').detail).toBe('The server had a problem. Please try again.');
  });
});
