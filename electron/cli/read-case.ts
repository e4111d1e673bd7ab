// What most commands begin with: the case held in a casefile, read with its passphrase (from
// the environment or a prompt, see passphrase.ts). The casefile is closed again before the
// command goes on, so nothing a command does afterwards can leave it open.
import type { CaseData } from '../../shared/interchange/schema.ts';
import type { ReadinessContext } from '../../shared/readiness/index.ts';
import { readinessContextOfCasefile } from '../core/search/file-pages.ts';
import { openCasefile, openCasefileAsync, type Casefile, type CasefileActor } from '../core/casefile/index.ts';
import type { CommandIo } from './command.ts';
import { readPassphrase } from './passphrase.ts';

/** Who the command's changes are by in the history: the name in IMPARTIAL_USER, if set (the role is the case's). */
export function actorOf(io: CommandIo): CasefileActor {
  const name = io.env.IMPARTIAL_USER?.trim();
  return name ? { name } : {};
}

/** Opens a casefile for a command, saying on stderr what opening found and put right (a torn last change discarded). */
export function openCasefileSaying(io: CommandIo, path: string, passphrase: string): Casefile {
  return saying(io, openCasefile(path, passphrase, { actor: actorOf(io) }));
}

/** openCasefileSaying, with the key derived off the main thread: work the command started beforehand goes on meanwhile. */
export async function openCasefileSayingAsync(io: CommandIo, path: string, passphrase: string): Promise<Casefile> {
  return saying(io, await openCasefileAsync(path, passphrase, { actor: actorOf(io) }));
}

function saying(io: CommandIo, casefile: Casefile): Casefile {
  for (const notice of casefile.notices) io.stderr(`${notice.message}\n`);
  return casefile;
}

export async function readCaseFromCasefile(io: CommandIo, path: string, options: { withAttachments?: boolean } = {}): Promise<CaseData> {
  const casefile = await openCasefileSayingAsync(io, path, await readPassphrase(io, path));
  try {
    return casefile.readCase(options);
  } finally {
    casefile.close();
  }
}

/** The case with what readiness knows of its casefile beyond it (attached files' page counts), for a command that checks or makes documents. */
export async function readCaseForDocuments(io: CommandIo, path: string): Promise<{ data: CaseData; readiness: ReadinessContext }> {
  const casefile = await openCasefileSayingAsync(io, path, await readPassphrase(io, path));
  try {
    return { data: casefile.readCase(), readiness: await readinessContextOfCasefile(casefile, { countPending: true }) };
  } finally {
    casefile.close();
  }
}
