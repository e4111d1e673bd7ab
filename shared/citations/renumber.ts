// Renaming references and the texts that cite them (docs/citations.md): when D3 becomes D4,
// every citation of D3 in the case's prose ("D3", "D3, p. 4", either end of "D3–D5") is
// rewritten as D4, all at once so that references may trade places (D3 to D4 and D4 to D3).
// The edits come back as whole records and sections, for the casefile to write in one
// transaction (the API's saveTogether) and for the renderer to undo in one step.
import { collections, parentOf, type CollectionName } from '../case-model/collections.ts';
import { keyOf, recordsIn, sectionIn } from '../case-model/place.ts';
import type { SectionName } from '../case-model/sections.ts';
import { caseTexts, textFields, type TextRef } from '../case-model/texts.ts';
import type { CaseData } from '../interchange/schema.ts';
import { citablePrefixes, findCitations } from './references.ts';
import { citesSources } from './resolve.ts';

/** Reference renames, old to new: "D3" -> "D4". */
export type Renames = ReadonlyMap<string, string>;

const normal = (ref: string): string => {
  const m = /^([A-Z]{1,3})0*(\d+)$/.exec(ref.trim());
  return m ? `${m[1]}${Number(m[2])}` : ref.trim();
};

/** The case's citable prefixes, with those of the new references. */
function prefixesFor(c: CaseData, renames: Renames): string[] {
  return citablePrefixes([...(c.evidence ?? []).map((e) => e.ref), ...(c.interviews ?? []).map((i) => i.ref), ...renames.values()]);
}

/** `text` with every citation of a renamed reference rewritten; and how many were. */
export function rewriteCitations(text: string, renames: Renames, prefixes: readonly string[]): { text: string; count: number } {
  const byNormal = new Map([...renames].map(([from, to]) => [normal(from), to]));
  const cuts: { start: number; end: number; to: string }[] = [];
  for (const c of findCitations(text, prefixes)) {
    if (c.kind !== 'reference') continue;
    const to = byNormal.get(c.ref);
    if (to !== undefined) cuts.push({ start: c.refStart, end: c.refEnd, to });
    const toEnd = c.to ? byNormal.get(c.to.ref) : undefined;
    if (c.to && toEnd !== undefined) cuts.push({ start: c.to.start, end: c.to.end, to: toEnd });
  }
  if (!cuts.length) return { text, count: 0 };
  let out = '';
  let at = 0;
  for (const cut of cuts.sort((a, b) => a.start - b.start)) {
    out += text.slice(at, cut.start) + cut.to;
    at = cut.end;
  }
  return { text: out + text.slice(at), count: cuts.length };
}

export interface CitingText {
  ref: TextRef;
  place: string;
  before: string;
  after: string;
  count: number;
}

/** The texts that cite a renamed reference, each with its rewritten text. */
export function textsCiting(c: CaseData, renames: Renames): CitingText[] {
  const prefixes = prefixesFor(c, renames);
  const out: CitingText[] = [];
  for (const t of caseTexts(c)) {
    if (!citesSources(t.ref.field)) continue;
    const { text, count } = rewriteCitations(t.text, renames, prefixes);
    if (count) out.push({ ref: t.ref, place: t.place, before: t.text, after: text, count });
  }
  return out;
}

/** "12 references in 5 texts cite D3"; undefined when none does. */
export function citingSummary(texts: readonly CitingText[]): { references: number; texts: number } | undefined {
  const references = texts.reduce((n, t) => n + t.count, 0);
  return references ? { references, texts: texts.length } : undefined;
}

export type CaseEditOf =
  | { collection: CollectionName; record: Record<string, unknown> }
  | { section: SectionName; value: Record<string, unknown> };

/** A copy of `holder` with the value at `path` ("analysis", "payment.reason") replaced. */
function withValue(holder: Record<string, unknown>, path: readonly string[], value: string): Record<string, unknown> {
  const [head, ...rest] = path;
  if (head === undefined) return holder;
  return { ...holder, [head]: rest.length ? withValue((holder[head] as Record<string, unknown> | undefined) ?? {}, rest, value) : value };
}

/** The path of a text field inside the record or section holding it: "analysis" of "findings.analysis". */
function pathInHolder(ref: TextRef): string[] {
  const model = textFields[ref.field];
  const holderPath = model.collection
    ? (parentOf(model.collection) ? `${parentOf(model.collection)}.${collections[model.collection].field}` : collections[model.collection].field)
    : model.section!;
  return ref.field.slice(holderPath.length + 1).split('.');
}

/**
 * The writes that rewrite the citing texts: each record or section that holds one, whole, as
 * it will be. `texts` from textsCiting on the same case.
 */
export function rewriteEdits(c: CaseData, texts: readonly CitingText[]): CaseEditOf[] {
  const holders = new Map<string, CaseEditOf>();
  for (const t of texts) {
    const model = textFields[t.ref.field];
    const key = model.collection ? `${model.collection} ${t.ref.recordId}` : `section ${model.section}`;
    let edit = holders.get(key);
    if (!edit) {
      if (model.collection) {
        const record = recordsIn(c, model.collection).find((r) => keyOf(model.collection!, r) === t.ref.recordId) as Record<string, unknown> | undefined;
        if (!record) continue;
        edit = { collection: model.collection, record };
      } else {
        const value = sectionIn(c, model.section!) as Record<string, unknown> | undefined;
        if (!value) continue;
        edit = { section: model.section!, value };
      }
      holders.set(key, edit);
    }
    const path = pathInHolder(t.ref);
    if ('record' in edit) edit.record = withValue(edit.record, path, t.after);
    else edit.value = withValue(edit.value, path, t.after);
  }
  return [...holders.values()];
}

/** The references of documents (or interviews) numbered 1..n in their order: the renames that makes, none where a reference stays. */
export function sequentialRenames(refs: readonly string[], prefix: string): Map<string, string> {
  const out = new Map<string, string>();
  refs.forEach((ref, i) => {
    const to = `${prefix}${i + 1}`;
    if (ref !== to) out.set(ref, to);
  });
  return out;
}
