// The Preview region's renders, off the main thread in one worker that stays up between them:
// starting a worker and loading pdfkit and the fonts costs more than the render of a short
// document, and a preview follows every pause in typing. Only the newest request of a session
// is rendered: one that is still waiting when a newer one arrives answers 'superseded' without
// being rendered, so a burst of edits costs one render, not a queue of stale ones. A request for
// exactly what was last rendered (the save of text the preview already showed as typed) is
// answered with that render again, without rendering.
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { todayIso } from '../../../shared/calendar/index.ts';
import { ImpartialError } from '../../../shared/errors.ts';
import type { DocumentPreview } from '../../../shared/api.ts';
import type { JobMessage, PreviewJob, ServeJobs } from './job-protocol.ts';

export const supersededCode = 'superseded';

interface Waiting {
  resolve: (preview: DocumentPreview) => void;
  reject: (error: unknown) => void;
}

export class PreviewWorker {
  private readonly file: URL | string;
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();
  /** Per session: the newest request's number, and the render in progress (or last finished). */
  private readonly latest = new Map<string, { generation: number; running: Promise<unknown> }>();
  /** Per session: what was last rendered (a digest of the job and the day) and its answer. */
  private readonly last = new Map<string, { digest: string; preview: DocumentPreview }>();

  constructor(file: URL | string) {
    this.file = file;
  }

  /** Renders `job` once the session's previous preview is done, unless a newer one came meanwhile. */
  async preview(sessionId: string, job: () => Promise<PreviewJob>): Promise<DocumentPreview> {
    const entry = this.latest.get(sessionId) ?? { generation: 0, running: Promise.resolve() };
    const generation = entry.generation + 1;
    const before = entry.running;
    const mine = (async () => {
      await before.catch(() => undefined);
      if (this.latest.get(sessionId)?.generation !== generation) throw new ImpartialError(supersededCode, 'A newer preview was asked for');
      const next = await job();
      // The day is part of it: a draft dated yesterday is not today's.
      const digest = createHash('sha256').update(todayIso()).update(JSON.stringify(next)).digest('hex');
      const last = this.last.get(sessionId);
      if (last?.digest === digest) return last.preview;
      const preview = await this.run(next);
      this.last.set(sessionId, { digest, preview });
      return preview;
    })();
    this.latest.set(sessionId, { generation, running: mine });
    return mine;
  }

  forget(sessionId: string): void {
    this.latest.delete(sessionId);
    this.last.delete(sessionId);
  }

  private run(job: PreviewJob): Promise<DocumentPreview> {
    const worker = this.started();
    const id = this.nextId++;
    worker.ref();
    return new Promise<DocumentPreview>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, job });
    }).finally(() => {
      if (this.waiting.size === 0) worker.unref();
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.file, { workerData: { type: 'serve' } satisfies ServeJobs });
    worker.unref(); // an idle preview worker never keeps the process alive
    worker.on('message', ({ id, message }: { id: number; message: JobMessage }) => {
      const waiting = this.waiting.get(id);
      if (!waiting || message.type === 'progress') return;
      this.waiting.delete(id);
      if (message.type === 'done' && message.preview) waiting.resolve(message.preview);
      else if (message.type === 'error') waiting.reject(ImpartialError.fromFacts(message.error));
      else waiting.reject(new Error(message.type === 'bug' ? message.message : 'the preview job returned no preview'));
    });
    const fail = (error: unknown) => {
      if (this.worker === worker) this.worker = undefined;
      for (const waiting of this.waiting.values()) waiting.reject(error);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the preview worker stopped with exit code ${code}`)));
    this.worker = worker;
    return worker;
  }

  async dispose(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.latest.clear();
    this.last.clear();
    if (worker) await worker.terminate();
  }
}
