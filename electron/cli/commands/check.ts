// impartial check <casefile> [--doc <kind>]
// The readiness problems of a casefile's documents (docs/contracts/design.md section 6), one a line:
// severity, place, message. Without --doc: the documents of the case's stage (the panel report
// only at Stage 3). Exit 1 when any problem blocks.
import { DOCUMENT_NAMES } from '../../../shared/documents/index.ts';
import { checkReadiness, documentsForStage, isBlocking } from '../../../shared/readiness/index.ts';
import { InputError, parseCommandArgs, type Command } from '../command.ts';
import { readCaseFromCasefile } from '../read-case.ts';
import { documentKindOption } from './render.ts';

export const checkCommand: Command = {
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { doc: { type: 'string' } }, { min: 1, max: 1 });
    const kind = values.doc === undefined ? undefined : documentKindOption(values.doc);
    const path = positionals[0]!;
    const data = await readCaseFromCasefile(io, path);
    const problems = checkReadiness(data, kind);
    const kinds = kind ? [kind] : documentsForStage(data);
    for (const p of problems) {
      io.stdout(`${p.severity.padEnd(8)}  ${p.place}: ${p.message}  [${p.documents.map((d) => DOCUMENT_NAMES[d]).join(', ')}; ${p.path}]\n`);
    }
    const names = kinds.map((k) => DOCUMENT_NAMES[k]).join(', ');
    if (isBlocking(problems)) {
      const n = problems.filter((p) => p.severity === 'blocking').length;
      throw new InputError(`${n} blocking problem${n === 1 ? '' : 's'} (checked: ${names})`);
    }
    io.stdout(`${problems.length ? `${problems.length} warning${problems.length === 1 ? '' : 's'}; ` : 'No problems: '}ready to issue (checked: ${names})\n`);
  },
};
