// `npm run web`: serves the built renderer and the app's service on 127.0.0.1 at a random
// port, and prints the address with this launch's token. The package script builds first.
//   --dir <folder>   workspace folder for casefiles (or IMPARTIAL_WEB_DIR; default ~/.impartial-web)
//   --port <n>       a fixed port instead of a random one
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { startWebHost } from './host.ts';
import { casefileStore } from '../core/service/casefile-store.ts';
import { sourceJobWorker } from '../core/service/jobs.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { dir: { type: 'string' }, port: { type: 'string' } }, strict: true });
const workspaceDir = resolve(values.dir ?? process.env.IMPARTIAL_WEB_DIR ?? join(homedir(), '.impartial-web'));
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

const host = await startWebHost({
  rendererDir: join(root, 'out/renderer'),
  workspaceDir,
  store: casefileStore,
  jobWorker: sourceJobWorker,
  version,
  port: values.port ? Number(values.port) : 0,
  log: (message) => console.error(message),
});

console.log(`Impartial is running at ${host.url}`);
console.log(`Casefiles are kept in ${workspaceDir}. Press Ctrl+C to stop.`);

const stop = () => {
  void host.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
