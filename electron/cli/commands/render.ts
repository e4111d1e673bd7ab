// impartial render <casefile> --doc <kind> --format docx|pdf --out <file> [--named] [--draft] [--fact-check <sent-date>]
// One document of the casefile as Word or PDF (docs/contracts/design.md sections 5 and 6). Anonymised unless
// --named; refused when a blocking readiness problem remains, unless --draft (which prints
// DRAFT on every page); the leak check runs before anything anonymised is written; the file
// appears complete or not at all. --fact-check renders the IO report as a fact-check draft sent
// on that date (DRAFT, dated, paragraphs numbered in the margin); it records no round (the app's
// "Send for fact-check" does).
import { documentFormats, documentKinds, type DocumentFormat, type DocumentKind } from '../../../shared/case-model/documents.ts';
import { documentVersionName } from '../../../shared/documents/index.ts';
import { writeFileAtomically } from '../../core/files/write-atomically.ts';
import { getReadyToProduce, produceDocument } from '../../core/documents/produce.ts';
import { basename, resolve } from 'node:path';
import { isIsoDate } from '../../../shared/calendar/dates.ts';
import { InputError, parseCommandArgs, UsageError, type Command } from '../command.ts';
import { readCaseForDocuments } from '../read-case.ts';

export function documentKindOption(value: string | undefined): DocumentKind {
  if (value === undefined) throw new UsageError(`--doc is required (one of ${documentKinds.join(', ')})`);
  if (!(documentKinds as readonly string[]).includes(value)) throw new UsageError(`--doc "${value}" is not a document: use one of ${documentKinds.join(', ')}`);
  return value as DocumentKind;
}

export const renderCommand: Command = {
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      doc: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      named: { type: 'boolean' },
      draft: { type: 'boolean' },
      'fact-check': { type: 'string' },
    }, { min: 1, max: 1 });
    const factCheck = values['fact-check'];
    if (factCheck !== undefined && !isIsoDate(factCheck)) throw new UsageError(`--fact-check "${factCheck}" is not a date: give the date the draft is sent, as YYYY-MM-DD`);
    const kind = documentKindOption(values.doc);
    if (!values.format || !(documentFormats as readonly string[]).includes(values.format)) throw new UsageError('--format must be docx or pdf');
    if (!values.out) throw new UsageError('--out <file> is required');
    const path = positionals[0]!;
    // Writing over the casefile itself would destroy the investigation.
    if (resolve(values.out) === resolve(path)) throw new InputError(`--out ${values.out} is the casefile itself: choose another file name`);

    // The renderer gets ready while the casefile's key is derived (on another thread).
    const ready = getReadyToProduce(values.format as DocumentFormat, { named: values.named ?? false });
    const { data, readiness } = await readCaseForDocuments(io, path);
    await ready;
    const { bytes, problems } = await produceDocument(data, kind, {
      format: values.format as DocumentFormat,
      named: values.named ?? false,
      draft: values.draft ?? false,
      ...(factCheck !== undefined ? { factCheck: { sentDate: factCheck } } : {}),
      // The file's name travels with the document: an anonymised one must not name anyone either.
      fileName: basename(values.out),
      readiness,
    });
    writeFileAtomically(values.out, bytes);
    for (const p of problems) io.stderr(`${p.severity}: ${p.place}: ${p.message}\n`);
    io.stdout(`${documentVersionName(kind, values.named ?? false)}${factCheck !== undefined ? ', fact-check draft,' : values.draft ? ', DRAFT,' : ''} written to ${values.out} (${bytes.length.toLocaleString('en-GB')} bytes)\n`);
  },
};
