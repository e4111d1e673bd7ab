// One error, composed for each reader (shared/errors.ts): the facts are the same for both,
// the advice is in each one's words, and a path is shown on the command line only.
import { describe, expect, it } from 'vitest';
import { composeMessage, ImpartialError } from '../../../shared/errors.ts';
import { NameLeakError } from '../../../shared/documents/leak-check.ts';
import { NotReadyError } from '../../../electron/core/documents/produce.ts';
import { CasefileNotFoundError, DamagedCasefileError, NotACasefileError } from '../../../electron/core/casefile/errors.ts';
import type { ReadinessProblem } from '../../../shared/readiness/index.ts';

const flags = /--\w|impartial \w/;

describe('composing an error for the command line and for the app', () => {
  it('gives each audience the facts, its own advice, and the path to the command line only', () => {
    const error = new ImpartialError('x', 'the thing failed', { advice: { cli: 'Run it with --y.', app: 'Choose “Y”.' }, location: '/home/me/cases/thing' });
    expect(error.messageFor('cli')).toBe('the thing failed (/home/me/cases/thing). Run it with --y.');
    expect(error.messageFor('app')).toBe('the thing failed. Choose “Y”.');
    expect(error.message).toBe(error.messageFor('cli'));
    expect(composeMessage({ facts: 'plain' }, 'app')).toBe('plain');
  });

  it('does not repeat a path the facts already hold (the user typed just the file name)', () => {
    expect(new CasefileNotFoundError('jones.casefile').messageFor('cli')).toBe('jones.casefile does not exist. Check the path');
    expect(new CasefileNotFoundError('/srv/cases/jones.casefile').messageFor('cli')).toBe('jones.casefile does not exist (/srv/cases/jones.casefile). Check the path');
    expect(new CasefileNotFoundError('/srv/cases/jones.casefile').messageFor('app')).not.toContain('/srv');
  });

  it('crosses a worker thread as plain data and comes back the same', () => {
    const error = new DamagedCasefileError('/srv/cases/jones.casefile', 'a page failed its integrity check');
    const copy = ImpartialError.fromFacts(structuredClone(error.toFacts()));
    expect(copy.code).toBe('damaged');
    expect(copy.messageFor('cli')).toBe(error.messageFor('cli'));
    expect(copy.messageFor('app')).toBe(error.messageFor('app'));
    expect(copy.messageFor('app')).not.toMatch(flags);
  });

  it('a document that is not ready: --draft and "impartial check" on the command line, Draft and the Documents screen in the app', () => {
    const problem = (n: string): ReadinessProblem => ({ severity: 'blocking', message: 'the point has no finding', path: 'findings', place: `point ${n}`, documents: ['io-report'], pointId: `p${n}` });
    const one = new NotReadyError('io-report', [problem('3')]);
    expect(one.messageFor('cli')).toBe('the IO report is not ready: point 3: the point has no finding. Render with --draft to make a marked draft.');
    expect(one.messageFor('app')).toBe('the IO report is not ready: point 3: the point has no finding. Put it right, or choose “Draft” to render a marked DRAFT.');
    const three = new NotReadyError('io-report', [problem('1'), problem('2'), problem('3')]);
    expect(three.messageFor('cli')).toBe('the IO report is not ready: point 1: the point has no finding (and 2 more). Run "impartial check" for the list; render with --draft to make a marked draft.');
    expect(three.messageFor('app')).not.toMatch(flags);
  });

  it('a name in an anonymised document: --named on the command line, Named in the app', () => {
    const leak = new NameLeakError([{ place: 'IO report, point 2, analysis', found: 'Priya', personId: 'p1', wordIndex: 0 }]);
    expect(leak.messageFor('cli')).toBe("the anonymised document would name people: IO report, point 2, analysis: 'Priya'. Replace the names with labels (an ordinary word that is not a name there can be marked \"not a name here\" in the app), or render with --named.");
    expect(leak.messageFor('app')).toBe("the anonymised document would name people: IO report, point 2, analysis: 'Priya'. Replace the names with labels (an ordinary word can be marked “Not a name here” under its field; “Names in the case’s texts” below lists them), or choose “Named” for a named copy.");
  });

  it('an interchange file opened as a casefile: "impartial new --from" on the command line, Import in the app', () => {
    const error = new NotACasefileError('/srv/case.json', 'it is a JSON file', { cli: 'To make a casefile from it, run "impartial new <name>.casefile --from <file>"', app: 'To make a casefile from it, use “Import from interchange JSON”' });
    expect(error.messageFor('app')).toBe('case.json is not a casefile: it is a JSON file. To make a casefile from it, use “Import from interchange JSON”');
    expect(error.messageFor('cli')).toContain('impartial new');
  });
});
