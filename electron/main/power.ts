// Sleep and screen lock close every casefile (docs/contracts/design.md section 7), as the idle lock does.
import { powerMonitor } from 'electron';
import type { LockReason } from '../../shared/api.ts';

export function lockOnSleep(lockAll: (reason: LockReason) => Promise<void>): void {
  powerMonitor.on('suspend', () => void lockAll('sleep'));
  powerMonitor.on('lock-screen', () => void lockAll('screen-lock'));
}
