// Messages between the service and the render worker (render-worker.ts). The case travels
// in memory (structured clone), never through a file or argv.
import type { CaseData } from '../../../shared/interchange/schema.ts';
import type { DocumentFormat, DocumentKind } from '../../../shared/api.ts';

export interface RenderRequest {
  caseData: CaseData;
  kind: DocumentKind;
  format: DocumentFormat;
  named: boolean;
  draft: boolean;
  templatesDir?: string;
  fontsDir?: string;
}

export type RenderMessage =
  | { type: 'progress'; stage: string; fraction: number }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'error'; code: string; message: string; internal: boolean };
