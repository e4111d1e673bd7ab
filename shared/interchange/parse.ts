// Parsing an interchange document: the shape (schema.ts), then the rules the shape cannot say:
// ids unique within the file, numbers unique within their list, every reference resolving.
// Every problem is reported with the path of the bad field, e.g.
//   statement.points[2].number: duplicate "2"
import type { z } from 'zod';
import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import { CaseShape, FORMAT, type CaseData, type NotANameData } from './schema.ts';
import { validateExtension } from '../deadlines/extension.ts';
import { collections } from '../case-model/collections.ts';
import { keyOf, recordsIn } from '../case-model/place.ts';
import { textFields } from '../case-model/texts.ts';

export interface InterchangeIssue {
  path: string;
  message: string;
  /** Where the field is in the JSON text, when the input came from text. */
  file?: string;
  line?: number;
}

export type ParseResult = { ok: true; value: CaseData } | { ok: false; issues: InterchangeIssue[] };

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** One line, whatever the input held: a line break in a value or a message would split it. */
const oneLine = (text: string) => text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');

export function formatIssue(issue: InterchangeIssue): string {
  const where = issue.file ? ` (${issue.file}${issue.line ? ` line ${issue.line}` : ''})` : '';
  return oneLine(`${issue.path}: ${issue.message}${where}`);
}

/** Deeper than this, a document is refused before anything reads it field by field: no
 *  interchange file nests beyond about 6 levels, and a parser recursing 10,000 levels would
 *  run out of stack. */
export const MAX_DEPTH = 64;

/** A type as the user would name it, for "expected ..." */
const typeWords: Record<string, string> = {
  string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', object: 'an object',
  null: 'null', bigint: 'a number', date: 'a date',
};

/** A value found where another was expected, as the user would name it: "a number", "a list", "text \"abc\"". */
export function foundWords(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': return value.length > 40 ? 'text' : `text ${JSON.stringify(value)}`;
    case 'number': return `a number (${value})`;
    case 'boolean': return String(value);
    case 'object': return 'an object';
    default: return typeof value;
  }
}

const quoted = (v: unknown) => JSON.stringify(v);

/**
 * A zod issue in the user's words. Parse with { reportInput: true } so that the value found is
 * known: a field left out is "required field is missing", a value of the wrong type says what
 * was expected and what was found ("expected text, found a number (5)").
 */
export function describeZodIssue(issue: z.core.$ZodIssue): string {
  const missing = issue.code !== 'unrecognized_keys' && issue.input === undefined;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map(quoted).join(', ')}`;
    case 'invalid_value': {
      const choices = issue.values.length === 1 ? quoted(issue.values[0]) : `one of ${issue.values.map(quoted).join(', ')}`;
      return missing ? `required field is missing (expected ${choices})` : `must be ${choices}; found ${foundWords(issue.input)}`;
    }
    case 'invalid_type': {
      const expected = typeWords[issue.expected] ?? issue.expected;
      return missing ? `required field is missing (expected ${expected})` : `expected ${expected}, found ${foundWords(issue.input)}`;
    }
    case 'invalid_union':
      return missing ? `required field is missing (${issue.message})` : `${issue.message}; found ${foundWords(issue.input)}`;
    default:
      return issue.message;
  }
}

/** The path a zod issue is about: an unknown field is named itself, not its parent. */
export function zodIssuePath(issue: z.core.$ZodIssue): PropertyKey[] {
  return issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]!] : [...issue.path];
}

/** The first place where `input` nests deeper than MAX_DEPTH, walked without recursion. */
export function tooDeep(input: unknown): PropertyKey[] | undefined {
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= MAX_DEPTH) return path;
    const entries: Array<[PropertyKey, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], path: [...path, entries[i]![0]] });
  }
  return undefined;
}

/** A path too long to read whole is cut in the middle: its start and how deep it goes. */
function shortPath(path: PropertyKey[]): string {
  const whole = formatPath(path);
  return whole.length <= 80 ? whole : `${formatPath(path.slice(0, 6))}… (${path.length} levels down)`;
}

export function parseCase(input: unknown): ParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, issues: [{ path: '(root)', message: `expected a JSON object, found ${foundWords(input)}` }] };
  }
  const deep = tooDeep(input);
  if (deep) return { ok: false, issues: [{ path: shortPath(deep), message: `nested more than ${MAX_DEPTH} levels deep: no interchange file is nested that deep, so this is not one` }] };
  const format = (input as { format?: unknown }).format;
  if (format !== FORMAT) {
    const message = typeof format === 'string'
      ? `unsupported format ${quoted(format)}: this version of Impartial reads "${FORMAT}"`
      : format === undefined ? `required field is missing (expected "${FORMAT}")` : `expected "${FORMAT}", found ${foundWords(format)}`;
    return { ok: false, issues: [{ path: 'format', message }] };
  }
  const shaped = CaseShape.safeParse(input, { reportInput: true });
  if (!shaped.success) {
    return { ok: false, issues: shaped.error.issues.map((issue) => ({ path: formatPath(zodIssuePath(issue)), message: describeZodIssue(issue) })) };
  }
  // The rules the shape cannot say: references resolve; an extension stays within the Stage 2 limit.
  const issues = [...checkReferences(shaped.data), ...validateExtension(shaped.data)];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: shaped.data };
}

/** Parses JSON text, reporting a syntax error with the file name, line and column. A UTF-8
 *  byte-order mark, as Windows Notepad writes one, is not part of the document. */
export function parseCaseJson(text: string, fileName = 'input'): ParseResult {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, issues: [{ path: fileName, message: `nested more than ${MAX_DEPTH} levels deep: no interchange file is nested that deep, so this is not one` }] };
    return { ok: false, issues: [{ path: `${fileName}${jsonErrorPosition(json, error)}`, message: `not valid JSON (${jsonErrorWords(error)})` }] };
  }
  const result = parseCase(value);
  if (result.ok) return result;
  let tree: JsonNode | undefined;
  try {
    tree = parseTree(json);
  } catch {
    tree = undefined; // too deep for its recursion: the issues stand without line numbers
  }
  return {
    ok: false,
    issues: result.issues.map((issue) => ({ ...issue, file: fileName, ...lineOf(json, tree, issue.path) })),
  };
}

function lineOf(json: string, tree: JsonNode | undefined, path: string): { line?: number } {
  if (!tree || path === '(root)') return {};
  const segments: Array<string | number> = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) segments.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  // An unknown field's own path resolves to its key; a missing one to its closest parent.
  for (let n = segments.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, segments.slice(0, n));
    if (node) {
      const offset = node.parent?.type === 'property' ? node.parent.offset : node.offset;
      return { line: json.slice(0, offset).split('\n').length };
    }
  }
  return {};
}

/** JSON.parse's reason without the copy of the input it quotes (which may hold line breaks) or the position (said separately). */
function jsonErrorWords(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return oneLine(message.replace(/, ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+( \(line \d+ column \d+\))?$/, ''));
}

function jsonErrorPosition(json: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return `:${lineCol[1]}:${lineCol[2]}`;
  const pos = /position (\d+)/.exec(message);
  if (!pos) return '';
  const before = json.slice(0, Number(pos[1]));
  const line = before.split('\n').length;
  return `:${line}:${before.length - before.lastIndexOf('\n')}`;
}

type Kind = 'person' | 'point' | 'evidence' | 'interview' | 'chronology entry' | 'recommendation' | 'action' | 'panel recommendation' | '"not a name here" mark' | 'fact-check round' | 'fact-check comment';

export function checkReferences(c: CaseData): InterchangeIssue[] {
  const issues: InterchangeIssue[] = [];
  const byId = new Map<string, Kind>();
  const add = (kind: Kind, idValue: string, path: string) => {
    if (byId.has(idValue)) issues.push({ path, message: `duplicate id "${idValue}" (already used by a ${byId.get(idValue)})` });
    else byId.set(idValue, kind);
  };
  const unique = (values: Array<{ value: string; path: string }>) => {
    const seen = new Set<string>();
    for (const { value, path } of values) {
      if (seen.has(value)) issues.push({ path, message: `duplicate "${value}"` });
      seen.add(value);
    }
  };

  c.people.forEach((p, i) => add('person', p.id, `people[${i}].id`));
  c.statement.points.forEach((p, i) => add('point', p.id, `statement.points[${i}].id`));
  c.evidence?.forEach((e, i) => add('evidence', e.id, `evidence[${i}].id`));
  c.interviews?.forEach((e, i) => add('interview', e.id, `interviews[${i}].id`));
  c.chronology?.forEach((e, i) => add('chronology entry', e.id, `chronology[${i}].id`));
  c.recommendations?.forEach((e, i) => add('recommendation', e.id, `recommendations[${i}].id`));
  c.adjudication?.actions.forEach((e, i) => add('action', e.id, `adjudication.actions[${i}].id`));
  c.panel?.recommendations.forEach((e, i) => add('panel recommendation', e.id, `panel.recommendations[${i}].id`));
  c.anonymisation?.notNames.forEach((e, i) => add('"not a name here" mark', e.id, `anonymisation.notNames[${i}].id`));
  c.factCheck?.rounds.forEach((e, i) => add('fact-check round', e.id, `factCheck.rounds[${i}].id`));
  c.factCheck?.comments.forEach((e, i) => add('fact-check comment', e.id, `factCheck.comments[${i}].id`));

  unique(c.statement.points.map((p, i) => ({ value: p.number, path: `statement.points[${i}].number` })));
  unique((c.evidence ?? []).map((e, i) => ({ value: e.ref, path: `evidence[${i}].ref` })));
  unique((c.interviews ?? []).map((e, i) => ({ value: e.ref, path: `interviews[${i}].ref` })));
  unique((c.recommendations ?? []).map((e, i) => ({ value: e.number, path: `recommendations[${i}].number` })));
  unique((c.panel?.recommendations ?? []).map((e, i) => ({ value: e.number, path: `panel.recommendations[${i}].number` })));
  unique((c.findings ?? []).map((f, i) => ({ value: f.pointId, path: `findings[${i}].pointId` })));
  unique((c.ipReview?.points ?? []).map((f, i) => ({ value: f.pointId, path: `ipReview.points[${i}].pointId` })));
  unique((c.adjudication?.points ?? []).map((f, i) => ({ value: f.pointId, path: `adjudication.points[${i}].pointId` })));
  unique((c.panel?.points ?? []).map((f, i) => ({ value: f.pointId, path: `panel.points[${i}].pointId` })));
  unique((c.issued ?? []).map((d, i) => ({ value: `${d.kind} version ${d.version}`, path: `issued[${i}].version` })));

  const ref = (value: string | undefined, path: string, ...kinds: Kind[]) => {
    if (value === undefined) return;
    const kind = byId.get(value);
    if (kind === undefined || !kinds.includes(kind)) issues.push({ path, message: `unknown ${kinds.join(' or ')} "${value}"` });
  };
  const refs = (values: string[] | undefined, path: string, ...kinds: Kind[]) =>
    values?.forEach((v, i) => ref(v, `${path}[${i}]`, ...kinds));

  refs(c.complaint.complainantIds, 'complaint.complainantIds', 'person');
  refs(c.complaint.childIds, 'complaint.childIds', 'person');
  refs(c.complaint.representativeIds, 'complaint.representativeIds', 'person');
  c.evidence?.forEach((e, i) => refs(e.pointIds, `evidence[${i}].pointIds`, 'point'));
  c.interviews?.forEach((e, i) => {
    ref(e.personId, `interviews[${i}].personId`, 'person');
    refs(e.attendeeIds, `interviews[${i}].attendeeIds`, 'person');
    refs(e.pointIds, `interviews[${i}].pointIds`, 'point');
  });
  c.chronology?.forEach((e, i) => {
    refs(e.sourceIds, `chronology[${i}].sourceIds`, 'evidence', 'interview');
    refs(e.pointIds, `chronology[${i}].pointIds`, 'point');
  });
  c.findings?.forEach((f, i) => {
    ref(f.pointId, `findings[${i}].pointId`, 'point');
    refs(f.sourceIds, `findings[${i}].sourceIds`, 'evidence', 'interview');
  });
  c.recommendations?.forEach((r, i) => refs(r.pointIds, `recommendations[${i}].pointIds`, 'point'));
  c.ipReview?.points.forEach((p, i) => ref(p.pointId, `ipReview.points[${i}].pointId`, 'point'));
  if (c.adjudication) {
    ref(c.adjudication.adjudicatorId, 'adjudication.adjudicatorId', 'person');
    c.adjudication.points.forEach((p, i) => ref(p.pointId, `adjudication.points[${i}].pointId`, 'point'));
    c.adjudication.actions.forEach((a, i) => refs(a.recommendationIds, `adjudication.actions[${i}].recommendationIds`, 'recommendation'));
  }
  if (c.panel) {
    refs(c.panel.memberIds, 'panel.memberIds', 'person');
    ref(c.panel.chairId, 'panel.chairId', 'person');
    refs(c.panel.attendeeIds, 'panel.attendeeIds', 'person');
    c.panel.points.forEach((p, i) => ref(p.pointId, `panel.points[${i}].pointId`, 'point'));
    c.panel.recommendations.forEach((r, i) => refs(r.pointIds, `panel.recommendations[${i}].pointIds`, 'point'));
  }
  if (c.factCheck) {
    c.factCheck.rounds.forEach((r, i) => ref(r.sentToId, `factCheck.rounds[${i}].sentToId`, 'person'));
    c.factCheck.comments.forEach((m, i) => {
      ref(m.roundId, `factCheck.comments[${i}].roundId`, 'fact-check round');
      ref(m.pointId, `factCheck.comments[${i}].pointId`, 'point');
    });
  }
  c.anonymisation?.notNames.forEach((m, i) => issues.push(...markIssues(c, m, `anonymisation.notNames[${i}]`)));
  return issues;
}

/** A mark names a text that is there: the record holding its field, and a line only of a list of lines. Whether the text is still the one it was made on is readiness's question, not the format's. */
function markIssues(c: CaseData, m: NotANameData, path: string): InterchangeIssue[] {
  const model = textFields[m.field];
  const issues = markShapeIssues(m, path);
  if (model.collection && m.recordId !== undefined && !recordsIn(c, model.collection).some((r) => keyOf(model.collection!, r) === m.recordId)) {
    issues.push({ path: `${path}.recordId`, message: `unknown ${collections[model.collection].noun} "${m.recordId}"` });
  }
  return issues;
}

/** A mark names its record exactly when its field is a field of a record, and a line exactly when its field is a list of lines. */
export function markShapeIssues(m: NotANameData, path: string): InterchangeIssue[] {
  const model = textFields[m.field];
  const issues: InterchangeIssue[] = [];
  if (model.collection && m.recordId === undefined) issues.push({ path: `${path}.recordId`, message: `required: "${m.field}" is a field of each ${collections[model.collection].noun}` });
  if (!model.collection && m.recordId !== undefined) issues.push({ path: `${path}.recordId`, message: `"${m.field}" is not a field of a record: leave recordId out` });
  if (model.lines && m.item === undefined) issues.push({ path: `${path}.item`, message: `required: "${m.field}" is a list of lines` });
  if (!model.lines && m.item !== undefined) issues.push({ path: `${path}.item`, message: `"${m.field}" is not a list of lines: leave item out` });
  return issues;
}
