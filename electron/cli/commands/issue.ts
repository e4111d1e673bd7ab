// impartial issue <casefile> --doc <kind> --format docx|pdf --out <file> [--named] [--date <date>]
// Issues a ready document (issue 11, item 3): the same readiness and leak checks as render,
// never a draft; stamped with its version and issue date, which is the document's date from
// then on; its exact bytes and SHA-256 kept in the casefile with an audit row. The file and
// the record appear together: the record is committed just before the file takes its name,
// and a failure before that leaves neither.
import { basename, resolve } from 'node:path';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { documentFormats, type DocumentFormat } from '../../../shared/case-model/documents.ts';
import { todayIso } from '../../../shared/calendar/index.ts';
import { describeIssued } from '../../../shared/documents/issue.ts';
import type { IssuedDocumentData } from '../../../shared/interchange/schema.ts';
import { planIssue } from '../../core/documents/issue.ts';
import { getReadyToProduce, produceDocument } from '../../core/documents/produce.ts';
import { readinessContextOfCasefile } from '../../core/search/file-pages.ts';
import { writeAtomically } from '../../core/files/write-atomically.ts';
import { InputError, parseCommandArgs, UsageError, type Command } from '../command.ts';
import { readPassphrase } from '../passphrase.ts';
import { openCasefileSayingAsync } from '../read-case.ts';
import { documentKindOption } from './render.ts';

export const issueCommand: Command = {
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      doc: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      named: { type: 'boolean' },
      date: { type: 'string' },
    }, { min: 1, max: 1 });
    const kind = documentKindOption(values.doc);
    if (!values.format || !(documentFormats as readonly string[]).includes(values.format)) throw new UsageError('--format must be docx or pdf');
    if (!values.out) throw new UsageError('--out <file> is required');
    const path = positionals[0]!;
    if (resolve(values.out) === resolve(path)) throw new InputError(`--out ${values.out} is the casefile itself: choose another file name`);
    const out = values.out;

    // The renderer gets ready while the casefile's key is derived (on another thread).
    const ready = getReadyToProduce(values.format as DocumentFormat, { named: values.named ?? false });
    const casefile = await openCasefileSayingAsync(io, path, await readPassphrase(io, path));
    try {
      await ready;
      const data = casefile.readCase();
      const plan = planIssue(data, { kind, format: values.format as DocumentFormat, named: values.named ?? false, date: values.date, today: todayIso() });
      const { bytes, problems } = await produceDocument(data, kind, {
        format: plan.format, named: plan.named, issue: plan.stamp, fileName: basename(out),
        readiness: await readinessContextOfCasefile(casefile, { countPending: true }),
      });
      let issued: IssuedDocumentData | undefined;
      writeAtomically(out, (temp) => {
        const fd = openSync(temp, 'wx', 0o600);
        try { writeFileSync(fd, bytes); } finally { closeSync(fd); }
      }, {
        existing: 'replace',
        beforeReplace: () => {
          issued = casefile.recordIssue({ kind, version: plan.stamp.version, date: plan.stamp.date, format: plan.format, named: plan.named, fileName: basename(out) }, bytes);
        },
      });
      for (const p of problems) io.stderr(`${p.severity}: ${p.place}: ${p.message}\n`);
      if (plan.named && !values.named) io.stderr('The adjudication letter is issued named: it is sent to the complainant.\n');
      if (plan.note) io.stderr(`${plan.note}.\n`);
      io.stdout(`Issued ${describeIssued(issued!)} (${plan.named ? 'named' : 'anonymised'}) to ${out}\nSHA-256 ${issued!.sha256}\n`);
    } finally {
      casefile.close();
    }
  },
};
