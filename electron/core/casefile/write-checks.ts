// The rules of the interchange format (shared/interchange/parse.ts) for a single record or
// section written on its own: shape, file-wide unique ids, unique numbers, references that
// resolve. Problems carry the path of the bad field, e.g. evidence["e-5"].pointIds[1].
import type { z } from 'zod';
import { describeZodIssue, formatPath, zodIssuePath, type InterchangeIssue } from '../../../shared/interchange/parse.ts';
import { InvalidCaseError } from './errors.ts';
import type { Db } from './open.ts';
import { collections, idCollections, type CollectionName, type FieldSpec, type TableSpec } from './records.ts';

export const uniqueFields: Partial<Record<CollectionName, string>> = {
  points: 'number', evidence: 'ref', interviews: 'ref', recommendations: 'number', panelRecommendations: 'number',
};

export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw new InvalidCaseError(parsed.error.issues.map((issue) => {
    const path = zodIssuePath(issue);
    return { path: `${where}${path.length ? (typeof path[0] === 'number' ? '' : '.') + formatPath(path) : ''}`, message: describeZodIssue(issue) };
  }));
}

export class WriteChecks {
  private readonly db: Db;
  private readonly exists: Record<'person' | 'point' | 'recommendation' | 'evidence' | 'interview' | 'factCheckRound', (id: string) => boolean>;
  private readonly idOwner: (id: string) => string | undefined;

  constructor(db: Db) {
    this.db = db;
    const has = (table: string) => {
      const stmt = db.prepare<[string], number>(`SELECT 1 FROM "${table}" WHERE id = ?`).pluck();
      return (id: string) => stmt.get(id) !== undefined;
    };
    this.exists = { person: has('people'), point: has('points'), recommendation: has('recommendations'), evidence: has('evidence'), interview: has('interviews'), factCheckRound: has('fact_check_rounds') };
    const owner = db.prepare<[string], string>(idCollections.map((c) => `SELECT '${c}' FROM "${collections[c].table}" WHERE id = @id`).join(' UNION ALL ')).pluck();
    this.idOwner = (id) => (owner as unknown as { get: (p: { id: string }) => string | undefined }).get({ id });
  }

  /** References of a record's or section's fields, plus (for collections) id and number uniqueness. */
  check(spec: TableSpec, collection: CollectionName | undefined, value: Record<string, unknown>, where: string): void {
    const issues: InterchangeIssue[] = [];
    const key = spec.key ? (value[spec.key.field] as string) : undefined;
    if (collection && key !== undefined) {
      if (spec.key!.field === 'id') {
        const owner = this.idOwner(key);
        if (owner !== undefined && owner !== collection) issues.push({ path: `${where}.id`, message: `duplicate id "${key}" (already used in ${owner})` });
      } else if (!this.exists.point(key)) {
        issues.push({ path: `${where}.pointId`, message: `unknown point "${key}"` });
      }
      const unique = uniqueFields[collection];
      if (unique) {
        const other = this.db.prepare<[unknown, string], string>(`SELECT id FROM "${spec.table}" WHERE "${unique}" = ? AND id <> ?`).pluck().get(value[unique], key);
        if (other !== undefined) issues.push({ path: `${where}.${unique}`, message: `duplicate "${String(value[unique])}" (already used by "${other}")` });
      }
    }
    for (const f of spec.fields) this.checkField(f, value, where, issues);
    if (issues.length > 0) throw new InvalidCaseError(issues);
  }

  private checkField(f: FieldSpec, value: Record<string, unknown>, where: string, issues: InterchangeIssue[]): void {
    if (f.kind === 'id') {
      const id = value[f.field] as string | undefined;
      if (id !== undefined && !this.exists[f.target](id)) issues.push({ path: `${where}.${f.field}`, message: `unknown ${f.target === 'factCheckRound' ? 'fact-check round' : f.target} "${id}"` });
    } else if (f.kind === 'list' && f.target !== 'text') {
      const target = f.target;
      ((value[f.field] as string[] | undefined) ?? []).forEach((id, i) => {
        const ok = target === 'source' ? this.exists.evidence(id) || this.exists.interview(id) : this.exists[target](id);
        if (!ok) issues.push({ path: `${where}.${f.field}[${i}]`, message: `unknown ${target === 'source' ? 'evidence or interview' : target} "${id}"` });
      });
    }
  }
}
