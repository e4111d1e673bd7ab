// Menu commands from the Electron application menu (new, open, import, settings, the Help
// menu's screens and regions) reach the screen that can act on them through these small buses;
// the screen subscribes while shown.
import type { MenuCommand } from '../../../shared/api.ts';
import type { ScreenName } from '../../../shared/screens.ts';

function createBus<T>() {
  const listeners = new Set<(value: T) => void>();
  return {
    emit(value: T): void {
      for (const l of [...listeners]) l(value);
    },
    subscribe(listener: (value: T) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const menuBus = createBus<MenuCommand>();
/** Help > Go to: the screen asked for (the workspace of an open casefile listens). */
export const goBus = createBus<ScreenName>();
