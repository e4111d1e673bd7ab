// Messages between the service and its worker thread (job-worker.ts). Everything travels in
// memory (structured clone): the case, and for a new casefile its passphrase, never through
// a file or argv.
import type { ErrorFacts } from '../../../shared/errors.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import type { DocumentPreview } from '../../../shared/api.ts';
import type { PreviewCaseOptions, RenderCaseOptions } from './render-case-document.ts';
import type { ExtractedText } from '../search/file-text.ts';

/** One document: the worker passes the job itself as renderCaseDocument's options (today is always the worker's). */
export interface RenderJob extends Omit<RenderCaseOptions, 'today'> {
  type: 'render';
  caseData: CaseData;
}

/** Writes a new casefile holding `caseData` (an import): the slow part is the inserts. */
export interface CreateCasefileJob {
  type: 'create-casefile';
  path: string;
  passphrase: string;
  caseData: CaseData;
  /** Who the history records as creating it. */
  actor?: { name?: string };
}

/** A backup checked in full and written as a new casefile at `path` (casefile/lifecycle.ts restoreBackup). */
export interface RestoreJob {
  type: 'restore';
  backupPath: string;
  path: string;
  passphrase: string;
  actor?: { name?: string };
  /** When the backup was made (ISO 8601). */
  madeAt?: string;
}

/** The full integrity check of a casefile that is not open elsewhere. */
export interface VerifyJob {
  type: 'verify';
  path: string;
  passphrase: string;
}

/** Reads the text of one attached file for the search index (electron/core/search/extract):
 *  its bytes travel in memory, and the text comes back; the worker writes nothing. */
export interface ExtractTextJob {
  type: 'extract-text';
  bytes: Uint8Array;
  fileName: string;
  mediaType: string;
}

/** A document for the Preview region (a DRAFT PDF with where each source starts), run by the
 *  preview worker, which stays up between previews so that each costs only the render. */
export interface PreviewJob extends Omit<PreviewCaseOptions, 'today'> {
  type: 'preview';
  caseData: CaseData;
}

export type Job = RenderJob | CreateCasefileJob | VerifyJob | ExtractTextJob | RestoreJob | PreviewJob;

/** Starts a worker that stays up and runs the jobs posted to it, one at a time: { id, job } in, { id, message } out. */
export interface ServeJobs {
  type: 'serve';
}

export type JobMessage =
  | { type: 'progress'; stage: string; fraction: number }
  | { type: 'done'; bytes?: Uint8Array; report?: { ok: boolean; problems: string[]; notices?: string[] }; text?: ExtractedText; preview?: DocumentPreview }
  /** An ImpartialError, whole: the service composes each audience's line from it. */
  | { type: 'error'; error: ErrorFacts }
  /** Anything else: a bug, logged on the Node side and never shown as it is. */
  | { type: 'bug'; message: string };
