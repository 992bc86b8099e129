// The esbuild options of the Electron bundles, shared by the build and the main-process smoke
// test (test/main), so the test loads exactly what ships.
const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // better-sqlite3 and sharp are native and unpacked from asar; electron is the runtime itself;
  // tesseract.js starts its worker thread from its own files, next to its wasm and language data.
  external: ['electron', 'better-sqlite3', 'sharp', 'tesseract.js', '@tesseract.js-data/eng'],
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
