// What most commands begin with: the case held in a casefile, read with its passphrase (from
// the environment or a prompt, see passphrase.ts). The casefile is closed again before the
// command goes on, so nothing a command does afterwards can leave it open.
// Where the command line names a reader thread (io.caseReader: read-case-worker.ts), the
// casefile is opened and read there: deriving its key from the passphrase keeps a core busy
// for a few hundred milliseconds, and meanwhile the command loads what it needs next (render:
// its renderer) on the main thread.
import { Worker } from 'node:worker_threads';
import { ImpartialError } from '../../shared/errors.ts';
import type { CaseData } from '../../shared/interchange/schema.ts';
import type { CommandIo } from './command.ts';
import { readPassphrase } from './passphrase.ts';
import type { CaseReply, CaseRequest } from './read-case-worker.ts';

function readOnThread(file: URL, request: CaseRequest): Promise<CaseData> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: request });
    let replied = false;
    worker.once('message', (reply: CaseReply) => {
      replied = true;
      if (reply.ok) return resolve(reply.data);
      const { kind, code, message, path } = reply.failure;
      if (kind === 'impartial') reject(new ImpartialError(code!, message));
      else if (kind === 'file-system') reject(Object.assign(new Error(message), { code, path }));
      else reject(new Error(message));
    });
    worker.once('error', reject);
    worker.once('exit', (exitCode) => {
      if (!replied) reject(new Error(`the thread reading the casefile stopped (exit code ${exitCode})`));
    });
  });
}

export async function readCaseFromCasefile(io: CommandIo, path: string, options: { withAttachments?: boolean } = {}): Promise<CaseData> {
  const passphrase = await readPassphrase(io, path);
  if (io.caseReader) return readOnThread(io.caseReader, { path, passphrase, withAttachments: options.withAttachments ?? false });
  const { openCasefile } = await import('../core/casefile/index.ts');
  const casefile = openCasefile(path, passphrase);
  try {
    return casefile.readCase(options);
  } finally {
    casefile.close();
  }
}
