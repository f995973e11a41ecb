import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));

/** Builds the dashboard into `<repo>/dist/web`, which the API server serves. */
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: resolve(root, '../../dist/web'),
    emptyOutDir: true,
    // No inline scripts or styles: the server's CSP allows only 'self'.
    assetsInlineLimit: 0,
    sourcemap: false,
    // The two chunks over Vite's 500 kB default are loaded only by their pages (statistics with
    // ECharts, the network graph with Cytoscape); the entry chunk is about 290 kB.
    chunkSizeWarningLimit: 600,
  },
  server: {
    // `npm run dev:web` talks to a running `opspor start` on the default port.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
