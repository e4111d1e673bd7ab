// Passphrases the user chose to keep (opt-in, per casefile), encrypted with Electron's
// safeStorage (Keychain on macOS, DPAPI on Windows, the Secret Service or KWallet on Linux)
// and stored as ciphertext in userData/keychain.json. Where safeStorage would fall back to a
// hard-coded key (Linux without a keyring: 'basic_text'), there is no keychain at all.
import { app, safeStorage } from 'electron';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../core/files/write-atomically.ts';
import type { PassphraseKeychain } from '../core/service/service.ts';

const file = () => join(app.getPath('userData'), 'keychain.json');

function secureStorageAvailable(): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  if (process.platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend();
    if (backend === 'basic_text' || backend === 'unknown') return false;
  }
  return true;
}

/** The OS keychain, or undefined where none is secure enough. Call after app 'ready'. */
export function openKeychain(): PassphraseKeychain | undefined {
  if (!secureStorageAvailable()) return undefined;
  let entries: Record<string, string> = {};
  try {
    entries = JSON.parse(readFileSync(file(), 'utf8')) as Record<string, string>;
  } catch {
    entries = {};
  }
  const save = () => writeFileAtomically(file(), JSON.stringify(entries, null, 2));
  return {
    has: (path) => Object.prototype.hasOwnProperty.call(entries, path),
    async remember(path, passphrase) {
      entries[path] = safeStorage.encryptString(passphrase).toString('base64');
      save();
    },
    async recall(path) {
      const stored = entries[path];
      if (stored === undefined) return undefined;
      try {
        return safeStorage.decryptString(Buffer.from(stored, 'base64'));
      } catch {
        return undefined; // written under another OS account or keyring: as if not kept
      }
    },
    async forget(path) {
      delete entries[path];
      save();
    },
  };
}
