// The status bar: whether every edit has reached the casefile, which casefile this is, and
// the lock button. The save state is a live region so screen readers hear "Saved".
import { memo } from 'react';
import { saveStore } from './session.ts';
import { useStore } from './store.ts';
import { UndoOffer } from './UndoOffer.tsx';

function SaveState() {
  const state = useStore(saveStore, (s) => s);
  const label = state.error ? `Not saved: ${state.error}` : state.pending > 0 ? 'Saving…' : 'Saved';
  const kind = state.error ? 'save-state save-state--error' : state.pending > 0 ? 'save-state save-state--saving' : 'save-state';
  return <span className={kind} role="status" data-testid="save-state">{label}</span>;
}

export const StatusBar = memo(function StatusBar({ name, onLock }: { name: string; onLock: () => void }) {
  return (
    <footer id="statusbar" className="statusbar" aria-label="Status" tabIndex={-1}>
      <SaveState />
      <span className="statusbar-case" title={name}>{name}</span>
      <span className="statusbar-spacer" />
      <UndoOffer />
      <button type="button" className="button button--small" onClick={onLock}>Lock</button>
    </footer>
  );
});
