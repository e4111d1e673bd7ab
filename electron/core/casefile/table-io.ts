// Reads and writes the rows of one descriptor (records.ts) with prepared statements: the
// record's own row, then its lists as link rows in order (fields kept separately, evidence
// files, are left to their own code). Absent optional values are NULL and
// come back absent, so export(import(x)) gives back x.
import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';
import { presentColumn, type FieldSpec, type TableSpec } from './records.ts';

type Row = Record<string, unknown>;
type ListSpec = Extract<FieldSpec, { kind: 'list' }>;
export type SourceKind = 'evidence' | 'interview';

const q = (name: string) => `"${name}"`;

export class TableIo {
  readonly spec: TableSpec;
  private readonly ownerColumn: string;
  private readonly columns: string[];
  private readonly upsertRow: Statement;
  private readonly lists: Array<{ spec: ListSpec; insert: Statement; clear: Statement; all: Statement; one: Statement }>;
  private readonly selectAll: Statement;
  private readonly selectOne: Statement;
  private readonly selectPosition: Statement;

  constructor(db: Database, spec: TableSpec) {
    this.spec = spec;
    this.ownerColumn = spec.key?.column ?? 'singleton';
    const lists = spec.fields.filter((f): f is ListSpec => f.kind === 'list');
    this.columns = [
      ...spec.fields.flatMap((f) => (f.kind === 'column' || f.kind === 'id' ? [f.column] : [])),
      ...lists.filter((l) => l.optional).map((l) => presentColumn(l.field)),
    ];
    if (!spec.key) this.columns.unshift('singleton');
    const all = spec.key ? [...this.columns, 'position'] : this.columns;
    const updates = this.columns.filter((c) => c !== this.ownerColumn).map((c) => `${q(c)} = excluded.${q(c)}`);
    this.upsertRow = db.prepare(
      `INSERT INTO ${q(spec.table)} (${all.map(q).join(', ')}) VALUES (${all.map((c) => `@${c}`).join(', ')}) ` +
      `ON CONFLICT (${q(this.ownerColumn)}) DO ${updates.length ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`,
    );
    this.lists = lists.map((l) => {
      const values = l.target === 'source' ? ['evidence_id', 'interview_id'] : [l.valueColumn];
      return {
        spec: l,
        insert: db.prepare(`INSERT INTO ${q(l.table)} (${q(l.owner)}, position, ${values.map(q).join(', ')}) VALUES (${['?', '?', ...values.map(() => '?')].join(', ')})`),
        clear: db.prepare(`DELETE FROM ${q(l.table)} WHERE ${q(l.owner)} = ?`),
        all: db.prepare(`SELECT ${q(l.owner)} AS owner, ${values.map(q).join(', ')} FROM ${q(l.table)} ORDER BY ${q(l.owner)}, position`).raw(),
        one: db.prepare(`SELECT ${values.map(q).join(', ')} FROM ${q(l.table)} WHERE ${q(l.owner)} = ? ORDER BY position`).raw(),
      };
    });
    const order = spec.key ? ' ORDER BY position' : '';
    this.selectAll = db.prepare(`SELECT * FROM ${q(spec.table)}${order}`);
    this.selectOne = db.prepare(`SELECT * FROM ${q(spec.table)} WHERE ${q(this.ownerColumn)} = ?`);
    this.selectPosition = db.prepare(`SELECT ${spec.key ? 'position' : 'singleton'} FROM ${q(spec.table)} WHERE ${q(this.ownerColumn)} = ?`).pluck();
  }

  /** Writes one record (or the section) and replaces its lists. `position` only for collections. */
  write(value: Record<string, unknown>, position: number | undefined, sourceKind: (id: string) => SourceKind | undefined): void {
    const row: Row = {};
    for (const f of this.spec.fields) {
      if (f.kind === 'list') {
        if (f.optional) row[presentColumn(f.field)] = value[f.field] === undefined ? 0 : 1;
        continue;
      }
      if (f.kind === 'separate') continue;
      const v = value[f.field];
      row[f.column] = v === undefined ? null : f.kind === 'column' && f.type === 'json' ? JSON.stringify(v) : f.kind === 'column' && f.type === 'bool' ? (v ? 1 : 0) : v;
    }
    if (!this.spec.key) row.singleton = 1;
    else row.position = position ?? 0;
    this.upsertRow.run(row);
    const owner = this.spec.key ? (value[this.spec.key.field] as string) : 1;
    for (const l of this.lists) {
      l.clear.run(owner);
      const items = (value[l.spec.field] as string[] | undefined) ?? [];
      items.forEach((item, i) => {
        if (l.spec.target !== 'source') l.insert.run(owner, i, item);
        else if (sourceKind(item) === 'evidence') l.insert.run(owner, i, item, null);
        else l.insert.run(owner, i, null, item);
      });
    }
  }

  private toRecord(row: Row, listValues: (l: TableIo['lists'][number]) => string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const f of this.spec.fields) {
      if (f.kind === 'list') {
        if (f.optional && !row[presentColumn(f.field)]) continue;
        out[f.field] = listValues(this.lists.find((l) => l.spec === f)!);
        continue;
      }
      if (f.kind === 'separate') continue;
      const v = row[f.column];
      if (v === null || v === undefined) continue;
      out[f.field] = f.kind === 'column' && f.type === 'json' ? JSON.parse(v as string) : f.kind === 'column' && f.type === 'bool' ? v === 1 : v;
    }
    return out;
  }

  /** Every record in order (a section: zero or one). */
  readAll(): Array<Record<string, unknown>> {
    const grouped = this.lists.map((l) => {
      const map = new Map<unknown, string[]>();
      for (const [owner, a, b] of l.all.all() as unknown[][]) {
        let values = map.get(owner);
        if (!values) map.set(owner, (values = []));
        values.push((a ?? b) as string);
      }
      return map;
    });
    return (this.selectAll.all() as Row[]).map((row) =>
      this.toRecord(row, (l) => grouped[this.lists.indexOf(l)]!.get(row[this.ownerColumn]) ?? []));
  }

  readOne(key: string | number = 1): Record<string, unknown> | undefined {
    const row = this.selectOne.get(key) as Row | undefined;
    if (!row) return undefined;
    return this.toRecord(row, (l) => (l.one.all(key) as unknown[][]).map(([a, b]) => (a ?? b) as string));
  }

  positionOf(key: string): number | undefined {
    return this.selectPosition.get(key) as number | undefined;
  }
}
