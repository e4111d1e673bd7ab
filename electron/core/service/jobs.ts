// Runs one Job in a worker thread and relays its progress. The worker's file is given by
// the host: the .ts source under Node (web host, tests, bench), the built
// out/main/job-worker.js inside Electron.
import { Worker } from 'node:worker_threads';
import { ImpartialError } from '../../../shared/errors.ts';
import type { Job, JobMessage } from './job-protocol.ts';
import type { ExtractedText } from '../search/file-text.ts';

export const sourceJobWorker = new URL('./job-worker.ts', import.meta.url);

export interface JobResult {
  bytes?: Uint8Array;
  report?: { ok: boolean; problems: string[] };
  text?: ExtractedText;
}

export function runJob(workerFile: URL | string, job: Job, onProgress: (stage: string, fraction: number) => void): Promise<JobResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: job });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on('message', (message: JobMessage) => {
      if (message.type === 'progress') onProgress(message.stage, message.fraction);
      else if (message.type === 'done') settle(() => resolve({ ...(message.bytes ? { bytes: message.bytes } : {}), ...(message.report ? { report: message.report } : {}), ...(message.text ? { text: message.text } : {}) }));
      else if (message.type === 'bug') settle(() => reject(new Error(message.message)));
      else settle(() => reject(ImpartialError.fromFacts(message.error)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`worker stopped with exit code ${code}`))));
  });
}
