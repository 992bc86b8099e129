import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFileStore, safeName } from '../../../electron/core/files/file-store';
import { tempDir } from '../../helpers/core';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

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

  it('removes an upload on disk when its entry is deleted or expires, never a file it names', () => {
    let t = 0;
    const incoming = path.join(tmp.dir, 'incoming');
    const store = createFileStore({ ttlMs: 1000, now: () => t, incomingDir: incoming });
    const upload = (name: string) => {
      const file = store.incomingFile();
      fs.writeFileSync(file, 'SQLite');
      return { file, ref: store.putPath(file, name, '', { owned: true }) };
    };
    const deleted = upload('a.db');
    expect(store.get(deleted.ref.fileId).path).toBe(deleted.file);
    if (process.platform !== 'win32') {
      expect(fs.statSync(deleted.file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(incoming).mode & 0o777).toBe(0o700);
    }
    store.delete(deleted.ref.fileId);
    expect(fs.existsSync(deleted.file)).toBe(false);

    const expiring = upload('b.db');
    const backup = tmp.file('tirkeu-backup.db');
    fs.writeFileSync(backup, 'SQLite backup');
    const named = store.putPath(backup, 'tirkeu-backup.db', 'application/vnd.sqlite3');
    expect(named.size).toBe(13);
    t = 1000;
    expect(() => store.get(expiring.ref.fileId)).toThrow('file.missing');
    expect(fs.existsSync(expiring.file)).toBe(false);
    // The backup in the data folder stays: the entry only named it.
    expect(() => store.get(named.fileId)).toThrow('file.missing');
    expect(fs.existsSync(backup)).toBe(true);
    expect(fs.readdirSync(incoming)).toEqual([]);
  });

  it('removes uploads a crash left in the incoming folder once older than any entry, not younger', () => {
    const incoming = path.join(tmp.dir, 'incoming-crash');
    fs.mkdirSync(incoming);
    const stale = path.join(incoming, 'stale');
    const fresh = path.join(incoming, 'fresh');
    fs.writeFileSync(stale, 'SQLite');
    fs.writeFileSync(fresh, 'SQLite');
    const t = Date.now();
    fs.utimesSync(stale, new Date(t - 2000), new Date(t - 2000));
    createFileStore({ ttlMs: 1000, now: () => t, incomingDir: incoming });
    expect(fs.readdirSync(incoming)).toEqual(['fresh']);
  });

  it('keeps files on disk out of the memory total, and reads one as bytes only within the cap', () => {
    const store = createFileStore({ maxBytes: 10, maxTotalBytes: 20 });
    const big = tmp.file('big.db');
    fs.writeFileSync(big, Buffer.alloc(100, 1));
    const onDisk = store.putPath(big, 'big.db', '');
    const a = store.put(new Uint8Array(10), 'a', '');
    store.put(new Uint8Array(10), 'b', '');
    expect(store.get(a.fileId).bytes).toHaveLength(10);
    expect(store.size()).toBe(3);
    // A backup handed where a proof is expected is refused, not read into memory.
    expect(() => store.bytes(onDisk.fileId)).toThrow('file.too_large');
  });

  it('takes only the last part of a name, without control or reserved characters', () => {
    expect(safeName('C:\\Users\\x\\..\\notice.pdf')).toBe('notice.pdf');
    expect(safeName('../../etc/passwd')).toBe('passwd');
    expect(safeName('a\u0000b:c?.pdf')).toBe('a_b_c_.pdf');
    expect(safeName('')).toBe('file');
  });
});
