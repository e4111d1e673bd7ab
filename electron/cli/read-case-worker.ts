// The worker thread of read-case.ts: opens one casefile, reads the case, closes it, and posts
// the case back (or why it could not). The passphrase arrives in workerData, in memory.
import { parentPort, workerData } from 'node:worker_threads';
import type { CaseData } from '../../shared/interchange/schema.ts';
import { ImpartialError } from '../../shared/errors.ts';
import { openCasefile } from '../core/casefile/index.ts';

export interface CaseRequest {
  path: string;
  passphrase: string;
  withAttachments: boolean;
}

/** A failure as it crosses threads: the error's class does not, its code, message and file do. */
export interface CaseFailure {
  kind: 'impartial' | 'file-system' | 'bug';
  code?: string;
  message: string;
  path?: string;
}

export type CaseReply = { ok: true; data: CaseData } | { ok: false; failure: CaseFailure };

function failureOf(error: unknown): CaseFailure {
  if (error instanceof ImpartialError) return { kind: 'impartial', code: error.code, message: error.message };
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && 'path' in error && typeof error.path === 'string') {
    return { kind: 'file-system', code: error.code, message: error.message, path: error.path };
  }
  return { kind: 'bug', message: error instanceof Error ? error.message : String(error) };
}

const request = workerData as CaseRequest;
let reply: CaseReply;
try {
  const casefile = openCasefile(request.path, request.passphrase);
  try {
    reply = { ok: true, data: casefile.readCase({ withAttachments: request.withAttachments }) };
  } finally {
    casefile.close();
  }
} catch (error) {
  reply = { ok: false, failure: failureOf(error) };
}
parentPort!.postMessage(reply);
