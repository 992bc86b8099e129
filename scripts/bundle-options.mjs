// The esbuild options of the Electron bundles, shared by the build and the main-process smoke
// test (test/main), so the test loads exactly what ships.
const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // better-sqlite3 and sharp are native and unpacked from asar; electron is the runtime itself.
  // pdfkit, pdf.js and tesseract.js find their data files (fonts, wasm, language data, worker
  // script) next to their own modules, so they ship as dependencies.
  external: [
    'electron',
    'better-sqlite3',
    'sharp',
    'pdfkit',
    'pdfjs-dist',
    'tesseract.js',
    '@tesseract.js-data/eng',
  ],
};

export const mainBundleOptions = {
  ...common,
  entryPoints: ['electron/main/index.ts'],
  outfile: 'dist/electron/main.cjs',
};

// The backup's worker thread (electron/core/db/backup/backup-thread.ts), a CommonJS file beside
// each bundle that starts it: dist/electron for the desktop app, dist/cli for web mode.
export const backupWorkerBundleOptions = (outdir) => ({
  ...common,
  entryPoints: ['electron/core/db/backup/backup-worker.ts'],
  outfile: `${outdir}/backup-worker.cjs`,
});

// A sandboxed preload is a single CommonJS file that may require only 'electron'.
export const preloadBundleOptions = {
  ...common,
  entryPoints: ['electron/preload/index.ts'],
  outfile: 'dist/electron/preload.cjs',
};

// The CLI as `npm run web` runs it: ESM (it reads import.meta.url), dependencies left to node,
// split so the exports, PDF and OCR code load only when first used, as they do under tsx.
export const cliBundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  splitting: true,
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  entryPoints: ['electron/core/cli/main.ts'],
  outdir: 'dist/cli',
};
