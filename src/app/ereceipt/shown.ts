/**
 * "The customer's QR is on screen now": said by the e-receipt panel when a signed link's QR is drawn, heard by
 * whoever times the counter (the practice drill). Kept as a tiny signal so the panel knows nothing of drills.
 */
const listeners = new Set<(at: number) => void>();

export function announceQrShown(at = Date.now()): void {
  for (const listener of listeners) listener(at);
}

export function onQrShown(listener: (at: number) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
