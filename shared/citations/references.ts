// Citations in the case's plain texts: the one reader of "D3", "D3, p. 4", "I2", "D3–D5" and
// "chronology, 3 March 2024" (docs/citations.md). The text stays plain text (the interchange
// contract): a citation is only a way of writing, found again here wherever it is needed:
// readiness (every citation must resolve), the links of a finding to the sources its texts
// cite, and renumbering (rewriting the citations of a reference that changes).
//
// What counts as a citation, so that ordinary prose is never taken for one:
// - a reference prefix followed by digits, standing as a word of its own: "D3", "I12". The
//   prefixes are D and I (the ones the app numbers documents and interviews with) and the
//   letter prefix of any reference the case itself uses ("P4" once a document is "P1");
// - optionally a page or pages after it: "D3, p. 4", "D3 p4", "D3, p.4", "D3, pp. 4-6";
// - optionally a range of the same prefix: "D3-D5" or "D3–D5" (both ends must resolve; a
//   number in between that is no document, a gap left by a delete, is skipped);
// - a chronology entry by its date as documents print it: "chronology, 3 March 2024".
// Lower-case "d3" is not a citation, nor is "D3" inside a word or a number ("AD3", "D3.5").
import { MONTHS, formatDate, isIsoDate } from '../calendar/dates.ts';

export interface PageSpan {
  from: number;
  /** The last page of "pp. 4-6". */
  to?: number;
}

export type Citation =
  | {
    kind: 'reference';
    /** Where it stands in the text: [start, end) covers the whole citation, pages included. */
    start: number;
    end: number;
    /** The reference cited, its number without leading zeros: "D3" (also for "D03"). */
    ref: string;
    prefix: string;
    number: number;
    /** The far end of a range, "D5" in "D3–D5". */
    to?: { ref: string; number: number; start: number; end: number };
    page?: PageSpan;
    /** [start, end) of the reference alone (renumbering rewrites only this, and `to`). */
    refStart: number;
    refEnd: number;
  }
  | {
    kind: 'chronology';
    start: number;
    end: number;
    /** The date cited, YYYY-MM-DD. */
    date: string;
  };

export type ReferenceCitation = Extract<Citation, { kind: 'reference' }>;

/** The prefixes the app numbers with: documents "D1", interviews "I1". */
export const DEFAULT_PREFIXES = ['D', 'I'] as const;

/** The letter prefix of a reference ("D" of "D12"), or undefined when it is not letters then digits. */
export function prefixOf(ref: string): string | undefined {
  return /^([A-Z]{1,3})\d+$/.exec(ref.trim())?.[1];
}

/** The prefixes that make a citation in a case whose references are `refs`. */
export function citablePrefixes(refs: Iterable<string>): string[] {
  const out = new Set<string>(DEFAULT_PREFIXES);
  for (const r of refs) {
    const p = prefixOf(r);
    if (p) out.add(p);
  }
  // Longest first, so that "DC3" is read as "DC" 3 where both "D" and "DC" are prefixes.
  return [...out].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

const monthNumbers = new Map(MONTHS.map((m, i) => [m.toLowerCase(), i + 1]));

/** "3 March 2024" as 2024-03-03; undefined when it is not a real date. */
function isoOfLongDate(day: string, month: string, year: string): string | undefined {
  const m = monthNumbers.get(month.toLowerCase());
  if (!m) return undefined;
  const iso = `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

const DASH = '[-\u2013]';
const NOT_AFTER = '(?![\\p{L}\\p{N}_]|[.,]\\d)';

function referencePattern(prefixes: readonly string[]): RegExp {
  const p = prefixes.map((x) => x.replace(/[^A-Z]/g, '')).filter(Boolean).join('|');
  // 1 prefix, 2 number, 3 range end's prefix + number, 4 its number, 5 first page, 6 last page
  return new RegExp(
    `(?<![\\p{L}\\p{N}_])(${p})(\\d+)(?:\\s?${DASH}\\s?(\\1(\\d+)))?`
    + `(?:,?\\s?pp?\\.?\\s?(\\d+)(?:\\s?${DASH}\\s?(\\d+))?)?${NOT_AFTER}`,
    'gu',
  );
}

const CHRONOLOGY = new RegExp(`\\b[Cc]hronology,\\s+(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})${NOT_AFTER}`, 'gu');

/** Every citation in `text`, in the order they stand. `prefixes` from citablePrefixes. */
export function findCitations(text: string, prefixes: readonly string[] = DEFAULT_PREFIXES): Citation[] {
  const out: Citation[] = [];
  for (const m of text.matchAll(referencePattern(prefixes))) {
    const start = m.index;
    const prefix = m[1]!;
    const number = Number(m[2]);
    const refEnd = start + prefix.length + m[2]!.length;
    const citation: ReferenceCitation = { kind: 'reference', start, end: start + m[0].length, ref: `${prefix}${number}`, prefix, number, refStart: start, refEnd };
    if (m[3] !== undefined) {
      const toStart = start + m[0].indexOf(m[3], refEnd - start);
      citation.to = { ref: `${prefix}${Number(m[4])}`, number: Number(m[4]), start: toStart, end: toStart + m[3].length };
    }
    if (m[5] !== undefined) citation.page = m[6] !== undefined ? { from: Number(m[5]), to: Number(m[6]) } : { from: Number(m[5]) };
    out.push(citation);
  }
  for (const m of text.matchAll(CHRONOLOGY)) {
    const date = isoOfLongDate(m[1]!, m[2]!, m[3]!);
    if (date) out.push({ kind: 'chronology', start: m.index, end: m.index + m[0].length, date });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The references a citation names: "D3–D5" names D3, D4 and D5 (those of them `exists` knows, the ends always). */
export function refsOf(c: ReferenceCitation, exists: (ref: string) => boolean = () => true): string[] {
  if (!c.to) return [c.ref];
  const [lo, hi] = c.number <= c.to.number ? [c.number, c.to.number] : [c.to.number, c.number];
  const out: string[] = [];
  for (let n = lo; n <= hi; n++) {
    const ref = `${c.prefix}${n}`;
    if (n === lo || n === hi || exists(ref)) out.push(ref);
  }
  return out;
}

/** A citation as the picker inserts it: "D3", "D3, p. 4", "chronology, 3 March 2024". */
export function citationText(target: { ref: string; page?: number | undefined } | { date: string }): string {
  if ('date' in target) return `chronology, ${formatDate(target.date)}`;
  return target.page !== undefined ? `${target.ref}, p. ${target.page}` : target.ref;
}
