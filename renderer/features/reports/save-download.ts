import type { ExportedFile } from '../../../shared/contract';

/**
 * Hands the file's bytes to the browser as a download (web mode and the desktop window alike).
 * The bytes never leave the machine: the object URL lives only in this page.
 */
export function saveDownload(file: ExportedFile): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
