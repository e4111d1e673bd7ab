// Text fields hold typed text for up to SAVE_DELAY_MS before writing it. Anything that ends
// the session (lock, close, the window going away) first asks every field to write now, so
// the last words typed are never lost.
const flushers = new Set<() => void>();

export function registerPendingEdit(flush: () => void): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export function flushPendingEdits(): void {
  for (const flush of [...flushers]) flush();
}

if (typeof window !== 'undefined') window.addEventListener('pagehide', flushPendingEdits);
