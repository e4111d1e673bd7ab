// Long work off the main thread (docs/contracts/design.md section 7: it never blocks the window or the web
// host): rendering a document, writing an imported case into a new casefile. Started by
// jobs.ts with the Job as workerData; answers progress, then done or error.
import { parentPort, workerData } from 'node:worker_threads';
import { ImpartialError } from '../../../shared/errors.ts';
import type { Job, JobMessage, ServeJobs } from './job-protocol.ts';

// A worker starts for each job: it loads only what its job uses (the casefile store, the
// document renderers or the text extractors), not all three, which took longer to load than
// many a job takes to run.
const casefiles = () => import('../casefile/index.ts');
const documents = () => import('./render-case-document.ts');
const extractors = () => import('../search/extract/index.ts');

type Post = (message: JobMessage, transfer?: ArrayBuffer[]) => void;

async function perform(job: Job, post: Post): Promise<void> {
  const progress = (stage: string, fraction: number) => post({ type: 'progress', stage, fraction });
  try {
    switch (job.type) {
      case 'render': {
        const bytes = await (await documents()).renderCaseDocument(job.caseData, job, progress);
        const copy = new Uint8Array(bytes); // an ArrayBuffer of our own to transfer, not a pooled Buffer
        post({ type: 'done', bytes: copy }, [copy.buffer]);
        return;
      }
      case 'create-casefile': {
        progress('Writing the casefile', 0.3);
        (await casefiles()).createCasefile(job.path, job.passphrase, job.caseData, { ...(job.actor ? { actor: job.actor } : {}) }).close();
        post({ type: 'done' });
        return;
      }
      case 'verify': {
        progress('Checking every page and record', 0.2);
        post({ type: 'done', report: (await casefiles()).verifyCasefileAt(job.path, job.passphrase) });
        return;
      }
      case 'restore': {
        progress('Checking every page and record of the backup', 0.3);
        (await casefiles()).restoreBackup(job.backupPath, job.path, job.passphrase, { ...(job.actor ? { actor: job.actor } : {}), ...(job.madeAt ? { madeAt: job.madeAt } : {}) });
        post({ type: 'done' });
        return;
      }
      case 'extract-text': {
        post({ type: 'done', text: await (await extractors()).extractText(job, progress) });
        return;
      }
      case 'preview': {
        const preview = await (await documents()).previewCaseDocument(job.caseData, job);
        const pdf = new Uint8Array(preview.pdf);
        post({ type: 'done', preview: { ...preview, pdf } }, [pdf.buffer]);
        return;
      }
      default: {
        const never: never = job;
        throw new Error(`unknown job ${JSON.stringify(never)}`);
      }
    }
  } catch (error) {
    if (error instanceof ImpartialError) post({ type: 'error', error: error.toFacts() });
    else post({ type: 'bug', message: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
  }
}

const data = workerData as Job | ServeJobs;
if (data.type === 'serve') {
  // The worker that stays up for previews loads the renderers at once, before the first is asked for.
  // (A failure to load is the first preview's to report, with the job that asked.)
  documents().catch(() => {});
  // One job at a time, in the order posted: the service sends a preview only when the last has answered.
  let queue = Promise.resolve();
  parentPort?.on('message', ({ id, job }: { id: number; job: Job }) => {
    queue = queue.then(() => perform(job, (message, transfer = []) => parentPort?.postMessage({ id, message }, transfer)));
  });
} else {
  void perform(data, (message, transfer = []) => parentPort?.postMessage(message, transfer));
}
