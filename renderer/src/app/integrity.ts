// The full integrity check of the open casefile (shared/api.ts verifyCasefile). The check
// reads the file in a worker and refuses a casefile that is open, so it runs in three steps:
// write what is pending and lock, check with the passphrase the user entered, then unlock
// again with the same passphrase. The outcome lives here, outside the workspace, because the
// workspace is unmounted while the casefile is locked; the Overview shows it on return.
import { passphraseRefused, type VerifyReport } from '../../../shared/api.ts';
import { platform } from '../platform/api.ts';
import { enterCasefile, lockNow, phaseStore } from './session.ts';
import { createStore } from './store.ts';

export interface IntegrityState {
  /** While the check runs: the casefile's name and the worker's progress. */
  running?: { name: string; stage: string; fraction: number };
  /** The last check's report, with when it finished. */
  report?: VerifyReport & { checkedAt: string };
  /** The check could not run (not a damaged casefile: that is a report with problems). */
  error?: string;
}

export const integrityStore = createStore<IntegrityState>({});

let jobs = 0;

export async function checkIntegrity(passphrase: string): Promise<void> {
  const phase = phaseStore.get();
  if (phase.name !== 'open' || integrityStore.get().running) return;
  const { fileId, name } = phase.opened;
  const jobId = `verify-${Date.now()}-${++jobs}`;
  integrityStore.set({ running: { name, stage: 'Saving and locking the casefile', fraction: 0 } });
  const unsubscribe = platform.onEvent((event) => {
    if (event.type !== 'progress' || event.jobId !== jobId) return;
    integrityStore.update((s) => (s.running ? { ...s, running: { ...s.running, stage: event.stage, fraction: event.fraction } } : s));
  });
  try {
    await lockNow();
    const verified = await platform.verifyCasefile({ fileId, passphrase, jobId });
    if (!verified.ok && passphraseRefused.has(verified.error.code)) {
      integrityStore.set({ error: 'That passphrase did not open the casefile, so it was not checked.' });
      phaseStore.set({ name: 'unlock', file: { fileId, name }, notice: 'That passphrase did not open the casefile, so it was not checked. The casefile is locked: unlock it to carry on.' });
      return;
    }
    integrityStore.set(verified.ok
      ? { report: { ...verified.value, checkedAt: new Date().toISOString() } }
      : { error: `The check could not run: ${verified.error.message}` });
    integrityStore.update((s) => ({ ...s, running: { name, stage: 'Opening the casefile again', fraction: 1 } }));
    const reopened = await platform.unlock({ fileId, passphrase });
    integrityStore.update(({ running: _, ...rest }) => rest);
    if (reopened.ok) await enterCasefile(reopened.value);
    else phaseStore.set({ name: 'unlock', file: { fileId, name }, notice: `The casefile was checked but could not be opened again: ${reopened.error.message}` });
  } finally {
    unsubscribe();
    integrityStore.update((s) => {
      if (!s.running) return s;
      const { running: _, ...rest } = s;
      return rest;
    });
  }
}
