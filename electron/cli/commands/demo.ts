// impartial demo <dir>
// The first thing a new user runs: a sample casefile made from the project's own sample case
// (assets/sample-case.json: the Stage 2 sample of tests/fixtures with a Stage 3 review panel
// added, so that every document has something to show), and all five documents in both
// formats, anonymised. The passphrase is IMPARTIAL_PASSPHRASE, or "demo" (said on stdout).
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentFormats, documentKinds } from '../../../shared/case-model/documents.ts';
import { documentVersionName } from '../../../shared/documents/index.ts';
import { parseCaseJson, formatIssue } from '../../../shared/interchange/parse.ts';
import { createCasefile, openCasefile } from '../../core/casefile/index.ts';
import { writeFileAtomically } from '../../core/files/write-atomically.ts';
import { produceDocument } from '../../core/documents/produce.ts';
import { InputError, parseCommandArgs, type Command } from '../command.ts';

export const SAMPLE_CASE = resolve(dirname(fileURLToPath(import.meta.url)), '../../../assets/sample-case.json');
export const DEMO_PASSPHRASE = 'demo';
/** The sample's reports are dated as if written then: after the interviews, before the adjudication. */
export const DEMO_DATE = '2024-12-16';

export const demoCommand: Command = {
  async run(argv, io) {
    const { positionals } = parseCommandArgs(argv, {}, { min: 1, max: 1 });
    const dir = positionals[0]!;
    const parsed = parseCaseJson(readFileSync(SAMPLE_CASE, 'utf8'), SAMPLE_CASE);
    if (!parsed.ok) throw new InputError(`the sample case is damaged: ${formatIssue(parsed.issues[0]!)}`);

    const passphrase = io.env.IMPARTIAL_PASSPHRASE ?? DEMO_PASSPHRASE;
    mkdirSync(dir, { recursive: true });
    const casefilePath = join(dir, 'sample.casefile');
    const outputs = documentKinds.flatMap((kind) => documentFormats.map((format) => ({ kind, format, path: join(dir, `${kind}.${format}`) })));
    const existing = [casefilePath, ...outputs.map((o) => o.path)].filter((p) => existsSync(p));
    if (existing.length) throw new InputError(`${existing[0]} already exists: run the demo into an empty folder`);

    const written: string[] = [];
    try {
      createCasefile(casefilePath, passphrase, parsed.value).close();
      written.push(casefilePath);
      // Read the case back from the encrypted file: the documents come from what was stored.
      const casefile = openCasefile(casefilePath, passphrase);
      const data = (() => { try { return casefile.readCase(); } finally { casefile.close(); } })();
      for (const o of outputs) {
        const { bytes } = await produceDocument(data, o.kind, { format: o.format, today: DEMO_DATE });
        writeFileAtomically(o.path, bytes, { existing: 'refuse' });
        written.push(o.path);
      }
    } catch (error) {
      for (const p of written) rmSync(p, { force: true });
      throw error;
    }

    const lines = [`Sample casefile: ${casefilePath}`];
    lines.push(io.env.IMPARTIAL_PASSPHRASE === undefined
      ? `Its passphrase is "${DEMO_PASSPHRASE}" (IMPARTIAL_PASSPHRASE was not set). Use it to open the sample; choose a strong one for real cases.`
      : 'Its passphrase is the one in IMPARTIAL_PASSPHRASE.');
    lines.push('', 'Documents (anonymised: people appear by their labels):');
    for (const o of outputs) lines.push(`  ${o.path}  ${documentVersionName(o.kind, false)}, ${o.format === 'docx' ? 'Word' : 'PDF'}`);
    lines.push('', `Try: impartial check ${casefilePath}`, `     impartial render ${casefilePath} --doc adjudication-letter --format pdf --named --out letter-to-send.pdf`);
    lines.push(`     impartial issue ${casefilePath} --doc io-report --format pdf --out io-report-v1.pdf`);
    io.stdout(lines.join('\n') + '\n');
  },
};
