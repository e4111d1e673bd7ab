// The leak check (design.md section 6): before an anonymised document is written, look for
// every person's name in what is about to be written, and block the export naming the place.
//
// What is searched for, per person: the full name and every alias (nicknames, first names,
// maiden names, "Mrs Jones"). Single parts of a name are NOT searched for on their own,
// because surnames such as Price, Marsh or Holt are ordinary words and would block every
// report; record the forms people actually use as aliases. Terms that equal someone's label
// ("the advocate") are skipped. Matching is whole words only (so alias "Tom" does not match
// "Tomorrow", nor "Sam" "Samuel"), case-insensitive, Unicode-aware (Welsh ŵ and Ŵ match),
// with any run of spaces or a line break between the words of a name, and straight or curly
// apostrophes treated alike (O'Brien, O’Brien). Where it looks: every run, heading, table cell
// and list item, the image alt texts, and the title, subject and author. A letter's addressee
// block (paragraphs marked `addressee`) is exempt: it always carries the real name.
import type { Block, DocumentModel, Run } from '../document/model.ts';
import { ImpartialError } from '../errors.ts';
import type { PersonData } from '../interchange/schema.ts';

export interface Leak {
  /** "IO report, point 2a, analysis" */
  place: string;
  /** The text found, as written in the document. */
  found: string;
  personId: string;
}

const APOSTROPHES = /['’‘ʼ`]/g;
const WORD = '[\\p{L}\\p{M}\\p{N}]';
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function termPattern(term: string): string {
  return term
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(APOSTROPHES, "['’‘ʼ`]"))
    .join('\\s+');
}

interface Term {
  personId: string;
  pattern: RegExp;
}

interface Matcher {
  /** Every term in one alternation, longest first: "Owain Glyndŵr" wins over "Owain" at the same place. */
  any: RegExp;
  terms: Term[];
}

function matcherOf(people: readonly PersonData[]): Matcher | undefined {
  const labels = new Set(people.map((p) => p.label.normalize('NFC').trim().toLowerCase()));
  const forms: { personId: string; form: string }[] = [];
  for (const p of people) {
    for (const form of new Set([p.name, ...(p.aliases ?? [])].map((t) => t.normalize('NFC').trim()))) {
      if (form.length >= 2 && !labels.has(form.toLowerCase())) forms.push({ personId: p.id, form });
    }
  }
  if (!forms.length) return undefined;
  forms.sort((a, b) => b.form.length - a.form.length);
  const whole = (pattern: string) => `(?<!${WORD})(?:${pattern})(?!${WORD})`;
  return {
    any: new RegExp(whole(forms.map((f) => termPattern(f.form)).join('|')), 'giu'),
    terms: forms.map((f) => ({ personId: f.personId, pattern: new RegExp(`^${termPattern(f.form)}$`, 'iu') })),
  };
}

/** Every place in `model` where a person's name or alias appears. */
export function leakCheck(model: DocumentModel, people: readonly PersonData[], documentName: string): Leak[] {
  const matcher = matcherOf(people);
  const leaks: Leak[] = [];
  let section = '';
  // One pass of one regular expression per piece of text: the large case's IO report (about
  // 200 pages) is checked in tens of milliseconds. Matches do not overlap, and the longest
  // form of a name wins, so "Owain Glyndŵr" is one finding, not also "Owain" inside it.
  const look = (text: string, where: string | undefined) => {
    if (!text || !matcher) return;
    for (const match of text.normalize('NFC').matchAll(matcher.any)) {
      const personId = matcher.terms.find((t) => t.pattern.test(match[0]))?.personId ?? '';
      leaks.push({ place: `${documentName}, ${where ?? (section ? `under "${section}"` : 'opening')}`, found: match[0], personId });
    }
  };
  const lookRuns = (runs: readonly Run[]) => {
    for (const r of runs) look(r.text, r.source);
  };

  look(model.title, 'title');
  look(model.subject ?? '', 'subject');
  look(model.author, 'author');
  for (const block of model.blocks) visit(block);

  function visit(block: Block): void {
    switch (block.kind) {
      case 'heading':
        if (block.level <= 2) section = block.text;
        look(block.text, block.source ? `${block.source} (heading)` : `heading "${block.text}"`);
        return;
      case 'paragraph':
        if (!block.addressee) lookRuns(block.runs);
        return;
      case 'list':
        for (const item of block.items) lookRuns(item);
        return;
      case 'table':
        look(block.caption ?? '', 'table caption');
        for (const c of block.columns) look(c.title, 'table heading');
        for (const row of block.rows) for (const c of row) lookRuns(c);
        return;
      case 'image':
        look(block.alt, 'image description');
        return;
      case 'pageBreak':
        return;
      default: {
        const never: never = block;
        throw new Error(`unknown block ${JSON.stringify(never)}`);
      }
    }
  }
  return leaks;
}

export class NameLeakError extends ImpartialError {
  readonly leaks: Leak[];
  constructor(leaks: Leak[]) {
    const shown = leaks.slice(0, 3).map((l) => `${l.place}: '${l.found}'`).join('; ');
    const more = leaks.length > 3 ? ` (and ${leaks.length - 3} more)` : '';
    super('name-leak', `the anonymised document would name people: ${shown}${more}`, {
      advice: { cli: 'Replace the names with labels, or render with --named.', app: 'Replace the names with labels, or choose “Named” for a named copy.' },
    });
    this.leaks = leaks;
  }
}

/** Throws NameLeakError listing the first places found. */
export function assertNoLeaks(model: DocumentModel, people: readonly PersonData[], documentName: string): void {
  const leaks = leakCheck(model, people, documentName);
  if (leaks.length) throw new NameLeakError(leaks);
}
