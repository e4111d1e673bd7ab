// What the citations of a case's texts point to (docs/citations.md): the documents,
// interviews and chronology entries of the case, by reference and date. Readiness names every
// citation that points to nothing as a blocking problem of the documents that print its text;
// a finding's texts link the sources they cite to the finding. A page cited must be a page of
// the document's attached file where its number of pages is known (the search index reads it;
// ReadinessContext carries it here), and a page or range must make sense whatever the file.
import { formatDate } from '../calendar/dates.ts';
import { collections, parentOf } from '../case-model/collections.ts';
import { keyOf, recordsIn } from '../case-model/place.ts';
import { caseTexts, textFields, type CaseText, type TextFieldName } from '../case-model/texts.ts';
import type { CaseData, FindingData } from '../interchange/schema.ts';
import type { ReadinessContext, ReadinessProblem } from '../readiness/index.ts';
import { citablePrefixes, findCitations, refsOf, type Citation, type PageSpan, type ReferenceCitation } from './references.ts';

/**
 * The texts that may cite: the prose of the reports. Names, titles, references, addresses,
 * owners and periods are left alone: "Form C1" in a document's title or "Unit D4" in an
 * address is not a citation, and a document must not be held up by one.
 */
const NOT_CITING: ReadonlySet<TextFieldName> = new Set<TextFieldName>([
  'case.title', 'case.references.authority', 'case.classification', 'authority.name', 'authority.service', 'authority.address',
  'authority.complaintsManager.name', 'authority.directorTitle', 'people.jobTitle', 'people.organisation', 'statement.points.period',
  'evidence.title', 'evidence.source', 'recommendations.owner', 'adjudication.actions.owner', 'panel.venue', 'panel.documents',
]);

export const citesSources = (field: TextFieldName): boolean => !NOT_CITING.has(field);

export interface CitedSource {
  kind: 'evidence' | 'interview';
  id: string;
  ref: string;
  title: string;
}

/** A reference written as the parser reads it: "D03" is D3. */
const normal = (ref: string): string => {
  const m = /^([A-Z]{1,3})0*(\d+)$/.exec(ref.trim());
  return m ? `${m[1]}${Number(m[2])}` : ref.trim();
};

/** The case's sources by reference, and what each prefix names ("document", "interview"). */
export interface SourceIndex {
  prefixes: string[];
  byRef: Map<string, CitedSource>;
  chronologyDates: Set<string>;
  /** The noun for a prefix in a message: "D99 is not a document of this case". */
  noun(prefix: string): string;
  /** How many pages the file attached to a document has, by the document's reference ("D3"), where known. */
  pagesOf(ref: string): number | undefined;
}

/** `filePages`: how many pages each attached file has, by its SHA-256, where known (ReadinessContext). */
export function sourceIndex(c: CaseData, filePages?: ReadonlyMap<string, number>): SourceIndex {
  const byRef = new Map<string, CitedSource>();
  const pages = new Map<string, number>();
  for (const e of c.evidence ?? []) {
    byRef.set(normal(e.ref), { kind: 'evidence', id: e.id, ref: e.ref, title: e.title });
    // By the file's content, so a count read for a file since replaced or removed is never applied to another.
    const n = e.attachment ? filePages?.get(e.attachment.sha256) : undefined;
    if (n !== undefined) pages.set(normal(e.ref), n);
  }
  for (const i of c.interviews ?? []) {
    const person = c.people.find((p) => p.id === i.personId);
    byRef.set(normal(i.ref), { kind: 'interview', id: i.id, ref: i.ref, title: `Interview with ${person?.label ?? 'someone'}, ${formatDate(i.date)}` });
  }
  const kinds = new Map<string, Set<CitedSource['kind']>>([['D', new Set(['evidence'])], ['I', new Set(['interview'])]]);
  for (const [ref, s] of byRef) {
    const prefix = /^[A-Z]+/.exec(ref)?.[0];
    if (prefix) kinds.set(prefix, (kinds.get(prefix) ?? new Set()).add(s.kind));
  }
  return {
    prefixes: citablePrefixes(byRef.keys()),
    byRef,
    chronologyDates: new Set((c.chronology ?? []).map((e) => e.date)),
    noun(prefix) {
      const k = kinds.get(prefix);
      if (!k || k.size > 1) return 'a document or interview';
      return k.has('evidence') ? 'a document' : 'an interview';
    },
    pagesOf: (ref) => pages.get(ref),
  };
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Why the page(s) cited of `ref` cannot be right, in a few words; undefined when they may be. */
export function pageProblem(ref: string, page: PageSpan, pages: number | undefined): string | undefined {
  if (page.from === 0 || page.to === 0) return `${ref} has no page 0: pages are numbered from 1`;
  if (page.to !== undefined && page.to < page.from) return `the pages of ${ref} are written backwards (pp. ${page.from}-${page.to}): write pp. ${page.to}-${page.from}`;
  const last = page.to ?? page.from;
  if (pages === undefined || last <= pages) return undefined;
  const first = Math.max(page.from, pages + 1);
  const missing = first === last ? `there is no page ${last}` : `there are no pages ${first} ${last === first + 1 ? 'and' : 'to'} ${last}`;
  return `${ref} has ${plural(pages, 'page')}; ${missing}`;
}

/** Why a citation does not resolve, in a few words; undefined when it does. */
export function unresolved(citation: Citation, index: SourceIndex): string | undefined {
  if (citation.kind === 'chronology') {
    return index.chronologyDates.has(citation.date) ? undefined : `the chronology has no entry on ${formatDate(citation.date)}`;
  }
  const missing = [citation.ref, ...(citation.to ? [citation.to.ref] : [])].filter((r) => !index.byRef.has(r));
  if (!missing.length) {
    if (!citation.page) return undefined;
    // "D3–D5, p. 4" does not say whose page 4 it is: only its numbers are checked, not against a file.
    return pageProblem(citation.ref, citation.page, citation.to ? undefined : index.pagesOf(citation.ref));
  }
  const noun = index.noun(citation.prefix);
  return missing.length === 1 ? `${missing[0]} is not ${noun} of this case` : `${missing.join(' and ')} are not ${noun.replace(/^an? /, '')}s of this case`;
}

/** The interchange path of a text, e.g. "findings[0].analysis" or "investigation.methodology". */
function pathOf(c: CaseData, text: CaseText): string {
  const model = textFields[text.ref.field];
  if (!model.collection) return text.ref.field;
  const parent = parentOf(model.collection);
  const listPath = parent ? `${parent}.${collections[model.collection].field}` : collections[model.collection].field;
  const at = recordsIn(c, model.collection).findIndex((r) => keyOf(model.collection!, r) === text.ref.recordId);
  return `${listPath}[${at}]${text.ref.field.slice(listPath.length)}`;
}

/** The point a text's record is about, where it is about one (for the problem's subject). */
function pointOf(c: CaseData, text: CaseText): string | undefined {
  const model = textFields[text.ref.field];
  if (!model.collection) return undefined;
  if (collections[model.collection].key === 'pointId') return text.ref.recordId;
  if (model.collection === 'points') return text.ref.recordId;
  const record = recordsIn(c, model.collection).find((r) => keyOf(model.collection!, r) === text.ref.recordId) as { pointIds?: string[] } | undefined;
  return record?.pointIds?.[0];
}

/** Every citation in the case's printed prose that points to nothing: blocking for each document printing its text. */
export function citationProblems(c: CaseData, context: ReadinessContext = {}): ReadinessProblem[] {
  const index = sourceIndex(c, context.filePages);
  const problems: ReadinessProblem[] = [];
  for (const text of caseTexts(c)) {
    if (!citesSources(text.ref.field)) continue;
    for (const citation of findCitations(text.text, index.prefixes)) {
      const why = unresolved(citation, index);
      if (!why) continue;
      const pointId = pointOf(c, text);
      const model = textFields[text.ref.field];
      const recordId = model.collection && collections[model.collection].key === 'id' && model.collection !== 'points' ? text.ref.recordId : undefined;
      problems.push({
        severity: 'blocking', message: why, path: pathOf(c, text), place: text.place, documents: [...text.documents], text: text.ref,
        ...(pointId !== undefined ? { pointId } : {}), ...(recordId !== undefined ? { recordId } : {}),
      });
    }
  }
  return problems;
}

/** The documents and interviews a text cites, by id, in the order cited, each once. */
export function citedSources(text: string, index: SourceIndex): CitedSource[] {
  const out = new Map<string, CitedSource>();
  for (const citation of findCitations(text, index.prefixes)) {
    if (citation.kind !== 'reference') continue;
    for (const ref of refsOf(citation as ReferenceCitation, (r) => index.byRef.has(r))) {
      const source = index.byRef.get(ref);
      if (source) out.set(source.id, source);
    }
  }
  return [...out.values()];
}

const findingTexts = (f: FindingData | undefined) => [f?.evidence, f?.analysis, f?.conclusion, f?.noRecommendationReason];

/**
 * A finding, as it is being saved, with the sources its texts cite linked to it. Only a change
 * to its texts links anything (unlinking a cited source by hand stays unlinked). Links made
 * here are remembered in `auto` (the renderer keeps one set per finding for the session): such
 * a link goes again when its citation goes, so that "D1" typed on the way to "D12" does not
 * stay linked. Any other link, made by hand or in an earlier session, is never taken away: a
 * link is a claim about the evidence the IO relied on, and a deleted sentence is not a
 * decision to withdraw it.
 */
export function withCitedSources(finding: FindingData, previous: FindingData | undefined, c: CaseData, auto: Set<string> = new Set()): FindingData {
  const texts = findingTexts(finding);
  if (previous && texts.every((t, i) => t === findingTexts(previous)[i])) return finding;
  const index = sourceIndex(c);
  const cited = new Set(texts.filter((t): t is string => Boolean(t)).flatMap((t) => citedSources(t, index)).map((s) => s.id));
  const current = finding.sourceIds ?? [];
  const kept = current.filter((id) => cited.has(id) || !auto.has(id));
  for (const id of auto) if (!cited.has(id)) auto.delete(id);
  const added = [...cited].filter((id) => !current.includes(id));
  for (const id of added) auto.add(id);
  if (!added.length && kept.length === current.length) return finding;
  const sourceIds = [...kept, ...added];
  return { ...finding, sourceIds: sourceIds.length ? sourceIds : undefined };
}
