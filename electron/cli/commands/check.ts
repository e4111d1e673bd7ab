// impartial check <casefile> [--doc <kind>]
// The readiness problems of a casefile's documents (docs/contracts/design.md section 6), one a line:
// severity, place, message. Without --doc: the documents of the case's stage (the panel report
// only at Stage 3). Then the leak check of each document as it would be rendered anonymised,
// with the case's "not a name here" marks: every name found is a blocking line naming the word,
// its place and the label to use (the marks that let a word through are warnings above). Exit
// 1 when any problem blocks.
import { DOCUMENT_NAMES } from '../../../shared/documents/index.ts';
import { checkReadiness, documentsForStage, isBlocking } from '../../../shared/readiness/index.ts';
import { nameLeaksOf } from '../../core/documents/produce.ts';
import { InputError, parseCommandArgs, type Command } from '../command.ts';
import { readCaseForDocuments } from '../read-case.ts';
import { documentKindOption } from './render.ts';

export const checkCommand: Command = {
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { doc: { type: 'string' } }, { min: 1, max: 1 });
    const kind = values.doc === undefined ? undefined : documentKindOption(values.doc);
    const path = positionals[0]!;
    const { data, readiness } = await readCaseForDocuments(io, path);
    const problems = checkReadiness(data, kind, readiness);
    const kinds = kind ? [kind] : documentsForStage(data);
    for (const p of problems) {
      io.stdout(`${p.severity.padEnd(8)}  ${p.place}: ${p.message}  [${p.documents.map((d) => DOCUMENT_NAMES[d]).join(', ')}; ${p.path}]\n`);
    }
    const labels = new Map(data.people.map((p) => [p.id, p.label]));
    let names = 0;
    for (const k of kinds) {
      for (const leak of await nameLeaksOf(data, k)) {
        names += 1;
        io.stdout(`${'blocking'.padEnd(8)}  ${leak.place}: '${leak.found}' is a name: write ${labels.get(leak.personId)} instead  [${DOCUMENT_NAMES[k]}, anonymised; names]\n`);
      }
    }
    const checked = kinds.map((k) => DOCUMENT_NAMES[k]).join(', ');
    if (isBlocking(problems) || names > 0) {
      const n = problems.filter((p) => p.severity === 'blocking').length + names;
      throw new InputError(`${n} blocking problem${n === 1 ? '' : 's'} (checked: ${checked})`);
    }
    io.stdout(`${problems.length ? `${problems.length} warning${problems.length === 1 ? '' : 's'}; ` : 'No problems: '}ready to issue (checked: ${checked})\n`);
  },
};
