import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer, built once and served by Electron (app://tirkeu) and by the web bridge alike.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1' },
});
