import type { FileRef, Result, ShellCallName, ShellCalls } from '../../shared/contract';
import { portalAddress } from '../../shared/leave-app';
import { ApiError, sessionToken } from './client';

// Files go beside the contract (shared/contract/files.ts): desktop through the shell's reserved
// invoke names, web mode through /api/files with the per-launch secret.

const SECRET_KEY = 'tirkeu.secret';

interface PreloadInvoke {
  invoke(method: string, input: unknown, session?: string | null): Promise<unknown>;
}
const desktop = (): PreloadInvoke | undefined => (window as { tirkeu?: PreloadInvoke }).tirkeu;

async function shellCall<N extends ShellCallName>(
  api: PreloadInvoke,
  name: N,
  input: ShellCalls[N]['input'],
): Promise<ShellCalls[N]['output']> {
  let result: Result<unknown>;
  try {
    result = (await api.invoke(name, input, sessionToken())) as Result<unknown>;
  } catch {
    throw new ApiError({ code: 'api.unreachable' });
  }
  if (!result.ok) throw new ApiError(result.error);
  return result.value as ShellCalls[N]['output'];
}

const secretHeader = (): Record<string, string> => ({
  'x-tirkeu-secret': sessionStorage.getItem(SECRET_KEY) ?? '',
  'x-tirkeu-session': sessionToken() ?? '',
});

/**
 * Hands a picked or dropped file to the core; calls then name it by `fileId`. A backup
 * (`kind: 'backup'`) is streamed to disk by the web bridge instead of held in memory.
 */
export async function uploadFile(file: File, kind?: 'backup'): Promise<FileRef> {
  const api = desktop();
  if (api) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return shellCall(api, 'files.put', { name: file.name, type: file.type, bytes });
  }
  let res: Response;
  try {
    res = await fetch('/api/files', {
      method: 'POST',
      headers: {
        ...secretHeader(),
        'content-type': file.type || 'application/octet-stream',
        // Header values are Latin-1: the name travels percent-encoded.
        'x-file-name': encodeURIComponent(file.name),
        ...(kind ? { 'x-file-kind': kind } : {}),
      },
      body: file,
    });
  } catch {
    throw new ApiError({ code: 'api.unreachable' });
  }
  const result = (await res.json()) as Result<FileRef>;
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/** True in the desktop app, where a backup is picked by the shell's open dialog, not uploaded. */
export const picksBackupsInShell = (): boolean => desktop() !== undefined;

/**
 * The desktop's open dialog for a backup: the core names the picked file where it lies (it may
 * be gigabytes, too much for IPC). Null when cancelled.
 */
export async function pickBackupFile(): Promise<FileRef | null> {
  const api = desktop();
  if (!api) return null;
  return (await shellCall(api, 'files.pickBackup', {})).file;
}

/** Saves a produced file: a save dialog on the desktop, a download in the browser. */
export async function downloadFile(ref: FileRef): Promise<boolean> {
  const api = desktop();
  if (api) return (await shellCall(api, 'files.save', { fileId: ref.fileId })).saved;
  const blob = await fetchFile(ref);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = ref.name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}

/** Opens a file (a proof PDF, a report): the system viewer on the desktop, a new tab in web mode. */
export async function openFile(ref: FileRef): Promise<boolean> {
  const api = desktop();
  if (api) return (await shellCall(api, 'files.open', { fileId: ref.fileId })).opened;
  const blob = await fetchFile(ref);
  const url = URL.createObjectURL(blob);
  // With noopener window.open returns null even when the tab opened.
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}

/** Opens an allow-listed portal (shared/leave-app.ts) in the user's browser. */
export async function openPortal(portal: 'eqonaq' | 'vmp' | 'egov'): Promise<boolean> {
  const api = desktop();
  if (api) return (await shellCall(api, 'shell.openPortal', { portal })).opened;
  const url = portalAddress(portal);
  if (!url) return false;
  window.open(url, '_blank', 'noopener,noreferrer');
  return true;
}

/**
 * Opens the releases page in the system's browser (desktop only: in web mode the page is
 * already in a browser, and About shows a plain link instead).
 */
export async function openReleasesPage(): Promise<boolean> {
  const api = desktop();
  if (!api) return false;
  return (await shellCall(api, 'shell.openReleases', {})).opened;
}

/** True in the desktop app, where leaving the app goes through the shell, not a link. */
export const leavesThroughShell = (): boolean => desktop() !== undefined;

async function fetchFile(ref: FileRef): Promise<Blob> {
  let res: Response;
  try {
    res = await fetch(`/api/files/${encodeURIComponent(ref.fileId)}`, { headers: secretHeader() });
  } catch {
    throw new ApiError({ code: 'api.unreachable' });
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as Result<unknown> | null;
    throw new ApiError(body && !body.ok ? body.error : { code: 'file.missing' });
  }
  return res.blob();
}
