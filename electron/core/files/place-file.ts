import fs from 'node:fs';
import path from 'node:path';
import { PRIVATE_FILE_MODE } from '../db/file-mode';

export class TargetExistsError extends Error {
  constructor(readonly target: string) {
    super(`${target} already exists`);
  }
}

/**
 * A new private (0600) file beside `target` under a temporary name, created exclusively: a file
 * or symlink planted there is never written through. Registers and reports are full of passport
 * numbers, so they are never readable by other local users, not even while being written.
 */
export function tempBeside(target: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${Date.now()}.part`,
  );
}

/** Writes `bytes` to `target` as described above (a temporary file, then `placeFile`). */
export function writeFileInPlace(target: string, bytes: Uint8Array, force: boolean): void {
  const temp = tempBeside(target);
  try {
    fs.writeFileSync(temp, bytes, { flag: 'wx', mode: PRIVATE_FILE_MODE });
  } catch (err) {
    // Not ours to remove when the exclusive create itself failed: something else holds the name.
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') fs.rmSync(temp, { force: true });
    throw err;
  }
  placeFile(temp, target, force);
}

/**
 * Puts a finished temporary file in its place: flushed first, so a crash or a full disk leaves
 * the old file or none, never half of one. Without `force` the target is created, never
 * replaced: a hard link fails on anything already there (a file, a symlink, even a dangling
 * one) and follows nothing; where links are not supported (FAT on a USB stick) the name is
 * checked without following a symlink, then renamed. With `force` a rename replaces what is
 * there, a symlink itself rather than the file it points to. The temporary file is gone either
 * way.
 */
export function placeFile(temp: string, target: string, force: boolean): void {
  try {
    const fd = fs.openSync(temp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (force) fs.renameSync(temp, target);
    else linkOrRename(temp, target);
    syncDir(path.dirname(target));
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

function linkOrRename(temp: string, target: string): void {
  try {
    fs.linkSync(temp, target);
    return;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new TargetExistsError(target);
  }
  if (nameTaken(target)) throw new TargetExistsError(target);
  fs.renameSync(temp, target);
}

/** Whether anything (a symlink included, even a dangling one) has this name. */
export const nameTaken = (file: string): boolean => {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
};

// The new name is durable only once the folder's entry is flushed (not possible on Windows).
function syncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
