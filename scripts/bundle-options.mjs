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

// A sandboxed preload is a single CommonJS file that may require only 'electron'.
export const preloadBundleOptions = {
  ...common,
  entryPoints: ['electron/preload/index.ts'],
  outfile: 'dist/electron/preload.cjs',
};
