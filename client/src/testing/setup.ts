import '@testing-library/jest-dom/vitest';
import { faker } from '@faker-js/faker';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { server } from './mocks/server';

// The first render of a test file (modules loading, the API mocked) can take over the default
// second on a busy machine; a real failure still fails, only later.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has <dialog> without its methods: open and close it, and let Escape cancel the topmost
// modal one, as browsers do.
if (!('showModal' in HTMLDialogElement.prototype)) {
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    },
    close(this: HTMLDialogElement) {
      if (!this.open) return;
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    },
  });
}
document.addEventListener('keydown', (event) => {
  const dialog = [...document.querySelectorAll('dialog[open]')].at(-1);
  if (event.key !== 'Escape' || event.defaultPrevented || !(dialog instanceof HTMLDialogElement)) return;
  if (dialog.dispatchEvent(new Event('cancel', { cancelable: true }))) dialog.close();
});

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// The made-up answers of the generated handlers are the same in every run.
beforeEach(() => faker.seed(1));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  sessionStorage.clear(); // drafts and the Images page's place are per test
  document.cookie = 'csrftoken=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});
afterAll(() => server.close());
