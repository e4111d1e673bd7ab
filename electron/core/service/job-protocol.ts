// Messages between the service and its worker thread (job-worker.ts). Everything travels in
// memory (structured clone): the case, and for a new casefile its passphrase, never through
// a file or argv.
import type { CaseData } from '../../../shared/interchange/schema.ts';
import type { DocumentFormat, DocumentKind } from '../../../shared/api.ts';

export interface RenderJob {
  type: 'render';
  caseData: CaseData;
  kind: DocumentKind;
  format: DocumentFormat;
  named: boolean;
  draft: boolean;
  templatesDir?: string;
  fontsDir?: string;
}

/** Writes a new casefile holding `caseData` (an import): the slow part is the inserts. */
export interface CreateCasefileJob {
  type: 'create-casefile';
  path: string;
  passphrase: string;
  caseData: CaseData;
}

/** The full integrity check of a casefile that is not open elsewhere. */
export interface VerifyJob {
  type: 'verify';
  path: string;
  passphrase: string;
}

export type Job = RenderJob | CreateCasefileJob | VerifyJob;

export type JobMessage =
  | { type: 'progress'; stage: string; fraction: number }
  | { type: 'done'; bytes?: Uint8Array; report?: { ok: boolean; problems: string[] } }
  | { type: 'error'; code: string; message: string; internal: boolean };
