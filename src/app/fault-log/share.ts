/** Getting text out of the app: download as a file, copy, or the system share sheet where there is one. */

/** How a share ended. */
export type ShareResult = 'shared' | 'copied' | 'downloaded' | 'cancelled';

/** Saves `text` as a file through a temporary link. */
export function download(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; the download has its own reference by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Copies to the clipboard, downloading instead when the browser refuses. */
export async function copyOrDownload(text: string, filename: string): Promise<ShareResult> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch (error) {
    console.warn('clipboard refused; downloading instead', error);
    download(text, filename, 'text/plain;charset=utf-8');
    return 'downloaded';
  }
}

/** Opens the share sheet (Android, Windows) with the text as a file and as text; downloads where there is none. */
export async function shareOrDownload(text: string, filename: string, title: string): Promise<ShareResult> {
  const file = new File([text], filename, { type: 'text/plain' });
  const data: ShareData = { title, text, files: [file] };
  const canShare = typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? false);
  if (!canShare) {
    download(text, filename, 'text/plain;charset=utf-8');
    return 'downloaded';
  }
  try {
    await navigator.share(data);
    return 'shared';
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    console.warn('share failed; downloading instead', error);
    download(text, filename, 'text/plain;charset=utf-8');
    return 'downloaded';
  }
}
