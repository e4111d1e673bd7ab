// The lifecycle of the window: start screen, unlock, then the workspace of one casefile.
// Host events arrive here: 'locked' drops the case data, menu items start the same actions
// as the buttons.
import { useEffect, useState } from 'react';
import { platform } from '../platform/api.ts';
import { StartScreen } from '../screens/StartScreen.tsx';
import { UnlockScreen } from '../screens/UnlockScreen.tsx';
import { Workspace } from './Workspace.tsx';
import { closeToStart, lockNow, onHostLocked, phaseStore, refreshFilePages } from './session.ts';
import { useStore } from './store.ts';
import { goBus, menuBus } from './menu.ts';
import { integrityStore } from './integrity.ts';
import { IntegrityProgress } from '../screens/IntegrityCheck.tsx';

/** The menu names a recent casefile by id; its name comes from the same list. */
async function openRecent(fileId: string): Promise<void> {
  const recent = await platform.listRecent({});
  const file = recent.ok ? recent.value.find((f) => f.fileId === fileId) : undefined;
  phaseStore.set({ name: 'unlock', file: file ?? { fileId, name: 'Casefile' } });
}

/** Files read so far in the background reading under way ('file-text' events). */
let filesRead = -1;

export function App() {
  const phase = useStore(phaseStore, (p) => p);
  const checking = useStore(integrityStore, (s) => s.running);
  // An automatic backup that failed: said on whatever screen is showing, until dismissed.
  const [backupFailure, setBackupFailure] = useState<string | undefined>();

  useEffect(() => platform.onEvent((event) => {
    if (event.type === 'backup-failed') setBackupFailure(event.message);
    else if (event.type === 'locked') onHostLocked(event.sessionId, event.reason);
    // A file's text read (its page count with it), or the last one: a citation of its pages may now be checked.
    else if (event.type === 'file-text' && (event.done !== filesRead || event.done === event.total)) {
      filesRead = event.done;
      void refreshFilePages(event.sessionId);
    }
    else if (event.type === 'menu') {
      const current = phaseStore.get();
      switch (event.command) {
        case 'lock': void lockNow(); break;
        case 'close': closeToStart(); break;
        case 'open-recent':
          if (current.name !== 'open') void openRecent(event.fileId);
          break;
        case 'go': goBus.emit(event.screen); break;
        default: menuBus.emit(event.command);
      }
    }
  }), []);

  // The integrity check locks the casefile while it runs: its progress, not the unlock screen.
  if (checking) return <IntegrityProgress {...checking} />;
  const failure = backupFailure ? (
    <div className="notice notice--danger notice--dismissable backup-failure" role="alert" data-testid="backup-failed">
      <span>{backupFailure}</span>
      <button type="button" className="button button--small" onClick={() => setBackupFailure(undefined)}>Dismiss</button>
    </div>
  ) : null;
  return <>{failure}{screenOf(phase)}</>;
}

function screenOf(phase: ReturnType<typeof phaseStore.get>) {
  switch (phase.name) {
    case 'start': return <StartScreen notice={phase.notice} />;
    case 'unlock': return <UnlockScreen file={phase.file} notice={phase.notice} />;
    case 'loading': return (
      <main className="start" aria-busy="true">
        <p className="eyebrow" role="status">Opening {phase.opened.name}…</p>
      </main>
    );
    case 'open': return <Workspace opened={phase.opened} />;
  }
}
