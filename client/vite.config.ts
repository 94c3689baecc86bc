import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Django serves dist/ at "/" and falls back to index.html for client routes.
export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8000', '/media': 'http://127.0.0.1:8000' },
  },
  test: {
    // The generated MSW handlers' made-up data in English only: the package's index loads every locale.
    alias: [{ find: /^@faker-js\/faker$/, replacement: '@faker-js/faker/locale/en' }],
    environment: 'jsdom',
    // The first test of a file also loads the page's lazy chunk; on a busy machine that alone can
    // take the default 5 s. A real failure still fails, only later.
    testTimeout: 20_000,
    globals: true,
    setupFiles: ['./src/testing/setup.ts'],
    css: false,
    reporters: ['default'],
  },
});
