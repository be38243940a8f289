import react from '@vitejs/plugin-react';
import { provenantActions } from './actions-plugin.ts';
import { defineConfig } from 'vite';

/**
 * The console is served by the API at /ui (src/http/console-route.ts), so every asset URL starts there.
 * Nothing is inlined as a data: URL or fetched from elsewhere: the page's CSP allows 'self' only.
 */
export default defineConfig({
  base: '/ui/',
  plugins: [react(), provenantActions()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    // The budget the README states: no chunk above this (kB, minified, before gzip).
    chunkSizeWarningLimit: 400,
    sourcemap: false,
  },
  worker: { format: 'es' },
});
