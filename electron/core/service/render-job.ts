// Runs render-worker.ts in a worker thread and relays its progress. The worker's file is
// given by the host: the .ts source under Node (web host, tests, bench), the built
// out/main/render-worker.js inside Electron.
import { Worker } from 'node:worker_threads';
import { ImpartialError } from '../../../shared/errors.ts';
import type { RenderMessage, RenderRequest } from './render-protocol.ts';

export const sourceRenderWorker = new URL('./render-worker.ts', import.meta.url);

export function renderInWorker(workerFile: URL | string, request: RenderRequest, onProgress: (stage: string, fraction: number) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: request });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on('message', (message: RenderMessage) => {
      if (message.type === 'progress') onProgress(message.stage, message.fraction);
      else if (message.type === 'done') settle(() => resolve(message.bytes));
      else if (message.internal) settle(() => reject(new Error(message.message)));
      else settle(() => reject(new ImpartialError(message.code, message.message)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`render worker stopped with exit code ${code}`))));
  });
}
