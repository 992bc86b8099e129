import { describe, expect, it } from 'vitest';
import { createFileStore, safeName } from '../../../electron/core/files/file-store';

describe('the file store', () => {
  it('forgets a file when it expires', () => {
    let t = 0;
    const store = createFileStore({ ttlMs: 1000, now: () => t });
    const ref = store.put(new Uint8Array([1, 2, 3]), 'a.pdf', 'application/pdf');
    expect(store.get(ref.fileId).bytes).toEqual(new Uint8Array([1, 2, 3]));
    t = 1000;
    expect(() => store.get(ref.fileId)).toThrow('file.missing');
  });

  it('refuses a file over the cap and makes room by dropping the oldest', () => {
    const store = createFileStore({ maxBytes: 10, maxTotalBytes: 20 });
    expect(() => store.put(new Uint8Array(11), 'x', '')).toThrow('file.too_large');
    const a = store.put(new Uint8Array(10), 'a', '');
    store.put(new Uint8Array(10), 'b', '');
    store.put(new Uint8Array(10), 'c', '');
    expect(() => store.get(a.fileId)).toThrow('file.missing');
    expect(store.size()).toBe(2);
  });

  it('keeps a copy, so the caller reusing its buffer changes nothing', () => {
    const store = createFileStore();
    const bytes = new Uint8Array([7, 7]);
    const ref = store.put(bytes, 'a', '');
    bytes[0] = 0;
    expect(store.bytes(ref.fileId)[0]).toBe(7);
  });

  it('takes only the last part of a name, without control or reserved characters', () => {
    expect(safeName('C:\\Users\\x\\..\\notice.pdf')).toBe('notice.pdf');
    expect(safeName('../../etc/passwd')).toBe('passwd');
    expect(safeName('a\u0000b:c?.pdf')).toBe('a_b_c_.pdf');
    expect(safeName('')).toBe('file');
  });
});
