/**
 * The proof reader's worker thread, as plain JavaScript run with `eval: true`: the desktop
 * bundle, the CLI bundle, tsx and vitest would each put a worker file somewhere else, and a
 * worker thread gets no TypeScript loader. It needs only zlib and pdf.js (whose file URL it is
 * given), and imports pdf.js at once, so the first proof of the day does not wait for it.
 *
 * Before pdf.js sees a file, every stream's FlateDecode layers are inflated against one budget
 * for the whole file (Node stops inflating at `maxOutputLength`): a decompression bomb, a few
 * KB that inflate to gigabytes of zeros, is refused without ever being held. The bytes pdf.js
 * then decodes are the same streams, so its memory stays within that budget; the thread's heap
 * cap and the caller's time limit catch what the scan cannot (other filters, pathological
 * structure).
 *
 * Messages: in `{ id, bytes, maxPages }`; out `{ ready: true }` once pdf.js is loaded, then
 * `{ id, ok: true, text, pages }` or `{ id, ok: false, reason }`, reason one of `too_heavy`,
 * `unreadable`, `no_pages`.
 */
export const PDF_WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const zlib = require('node:zlib');
const pdfjsReady = import(workerData.pdfjsUrl);
pdfjsReady.then(() => parentPort.postMessage({ ready: true }), () => undefined);

const FLATE = new Set(['FlateDecode', 'Fl']);

// The filter names of the dictionary that ends just before "stream" (searched back to its "obj").
function filtersBefore(buf, at) {
  const objAt = buf.lastIndexOf('obj', at, 'latin1');
  const dict = buf.toString('latin1', Math.max(objAt, at - 4096, 0), at);
  const m = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict);
  return m ? (m[1].match(/\/[A-Za-z0-9]+/g) || []).map((n) => n.slice(1)) : [];
}

// The bytes every stream inflates to, summed; stops (returning more than cap) once past it.
function inflatedSize(bytes, cap) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  let from = 0;
  for (;;) {
    const s = buf.indexOf('stream', from, 'latin1');
    if (s < 0) return total;
    if (s >= 3 && buf.toString('latin1', s - 3, s) === 'end') {
      from = s + 6;
      continue;
    }
    let start = s + 6;
    if (buf[start] === 0x0d) start += 1;
    if (buf[start] === 0x0a) start += 1;
    const end = buf.indexOf('endstream', start, 'latin1');
    let data = buf.subarray(start, end < 0 ? buf.length : end);
    for (const filter of filtersBefore(buf, s)) {
      if (!FLATE.has(filter)) break;
      try {
        data = zlib.inflateSync(data, {
          maxOutputLength: Math.max(1, cap - total + 1),
          finishFlush: zlib.constants.Z_SYNC_FLUSH,
        });
      } catch (err) {
        if (err && err.code === 'ERR_BUFFER_TOO_LARGE') return cap + 1;
        break;
      }
    }
    total += data.length;
    if (total > cap) return total;
    from = end < 0 ? buf.length : end + 9;
  }
}

async function read(bytes, maxPages) {
  if (inflatedSize(bytes, workerData.maxInflatedBytes) > workerData.maxInflatedBytes) {
    return { ok: false, reason: 'too_heavy' };
  }
  const pdfjs = await pdfjsReady;
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: bytes,
      useSystemFonts: false,
      disableFontFace: true,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  try {
    if (doc.numPages < 1) return { ok: false, reason: 'no_pages' };
    const parts = [];
    for (let i = 1; i <= Math.min(doc.numPages, maxPages); i += 1) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      for (const item of content.items) if ('str' in item) parts.push(item.str);
      parts.push('\n');
    }
    return { ok: true, text: parts.join(' '), pages: doc.numPages };
  } catch {
    // A page pdf.js cannot parse: the file is damaged, whatever its first pages said.
    return { ok: false, reason: 'unreadable' };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

parentPort.on('message', ({ id, bytes, maxPages }) => {
  read(bytes, maxPages).then(
    (answer) => parentPort.postMessage({ id, ...answer }),
    () => parentPort.postMessage({ id, ok: false, reason: 'unreadable' }),
  );
});
`;
