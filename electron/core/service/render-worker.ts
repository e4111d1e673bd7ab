// Renders one document off the main thread (design.md section 7: long work never blocks the
// window or the web host). Started by render-job.ts with a RenderRequest as workerData.
import { parentPort, workerData } from 'node:worker_threads';
import { ImpartialError } from '../../../shared/errors.ts';
import { renderCaseDocument } from './render-case-document.ts';
import type { RenderMessage, RenderRequest } from './render-protocol.ts';

const post = (message: RenderMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(message, transfer);

async function main(request: RenderRequest): Promise<void> {
  try {
    const bytes = await renderCaseDocument(request.caseData, request, (stage, fraction) => post({ type: 'progress', stage, fraction }));
    const copy = new Uint8Array(bytes); // an ArrayBuffer of our own to transfer, not a pooled Buffer
    post({ type: 'done', bytes: copy }, [copy.buffer]);
  } catch (error) {
    if (error instanceof ImpartialError) post({ type: 'error', code: error.code, message: error.message, internal: false });
    else post({ type: 'error', code: 'internal', message: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error), internal: true });
  }
}

void main(workerData as RenderRequest);
