// Menu commands from the Electron application menu (new, open, import, settings) reach the
// screen that can act on them through this small bus; the screen subscribes while shown.
import type { MenuCommand } from '../../../shared/api.ts';

type Listener = (command: MenuCommand) => void;
const listeners = new Set<Listener>();

export const menuBus = {
  emit(command: MenuCommand): void {
    for (const l of [...listeners]) l(command);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
