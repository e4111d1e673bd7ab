// The renderer's edits as values, and the inverse of each (the undo history, undo.ts): the
// record or section as it was before the change. A record's delete is undone by writing it
// back, with its links (a record holds its own links: a recommendation its points, an action
// the recommendations it answers) and at its place in its list; a section removed comes back
// with its records. Nothing here writes: the session applies the operations.
import type { CollectionName, SectionName } from '../../../shared/api.ts';
import { collectionNames, collections, keyOf, parentOf, recordsIn, sectionIn, withRecords, withSection } from '../../../shared/case-model/index.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';

type AnyRecord = Record<string, unknown>;

export type EditOp =
  | { kind: 'save'; collection: CollectionName; record: AnyRecord }
  | { kind: 'delete'; collection: CollectionName; id: string }
  /** Puts a record back at `index` in its list, the others keeping their order. */
  | { kind: 'place'; collection: CollectionName; id: string; index: number }
  | { kind: 'order'; collection: CollectionName; ids: string[] }
  | { kind: 'section'; section: SectionName; value: AnyRecord | null };

const recordOf = (c: CaseData, collection: CollectionName, id: string) => (recordsIn(c, collection) as AnyRecord[]).find((r) => keyOf(collection, r) === id);

/** What undoes `op` on the case as it is before `op` is applied. */
export function inverseOf(c: CaseData, op: EditOp): EditOp[] {
  switch (op.kind) {
    case 'save': {
      const id = keyOf(op.collection, op.record);
      const before = recordOf(c, op.collection, id);
      return before ? [{ kind: 'save', collection: op.collection, record: before }] : [{ kind: 'delete', collection: op.collection, id }];
    }
    case 'delete': {
      const list = recordsIn(c, op.collection) as AnyRecord[];
      const index = list.findIndex((r) => keyOf(op.collection, r) === op.id);
      if (index === -1) return [];
      const back: EditOp[] = [{ kind: 'save', collection: op.collection, record: list[index]! }];
      // Back where it was in its list (the last one goes back there by itself).
      if (index < list.length - 1) back.push({ kind: 'place', collection: op.collection, id: op.id, index });
      return back;
    }
    case 'place':
    case 'order':
      return [{ kind: 'order', collection: op.collection, ids: (recordsIn(c, op.collection) as AnyRecord[]).map((r) => keyOf(op.collection, r)) }];
    case 'section': {
      const before = sectionIn(c, op.section) as AnyRecord | undefined;
      if (!before) return [{ kind: 'section', section: op.section, value: null }];
      const back: EditOp[] = [{ kind: 'section', section: op.section, value: before }];
      // Removing a section takes its records: they come back with it.
      if (op.value === null) {
        for (const collection of collectionNames) {
          if (parentOf(collection) !== op.section) continue;
          for (const record of recordsIn(c, collection) as AnyRecord[]) back.push({ kind: 'save', collection, record });
        }
      }
      return back;
    }
  }
}

/** The case after `op`, as the casefile makes it (the session's immediate update does the same, with the marks). */
export function applyTo(c: CaseData, op: EditOp): CaseData {
  const list = (collection: CollectionName) => recordsIn(c, collection) as AnyRecord[];
  const write = (collection: CollectionName, records: AnyRecord[]) => withRecords(c, collection, records as never);
  switch (op.kind) {
    case 'save': {
      const id = keyOf(op.collection, op.record);
      const records = list(op.collection);
      const at = records.findIndex((r) => keyOf(op.collection, r) === id);
      return write(op.collection, at === -1 ? [...records, op.record] : records.map((r, i) => (i === at ? op.record : r)));
    }
    case 'delete': return write(op.collection, list(op.collection).filter((r) => keyOf(op.collection, r) !== op.id));
    case 'place':
    case 'order': {
      const ids = op.kind === 'place' ? idsWithPlace(c, op.collection, op.id, op.index) : op.ids;
      const byKey = new Map(list(op.collection).map((r) => [keyOf(op.collection, r), r]));
      return write(op.collection, ids.map((id) => byKey.get(id)).filter((r): r is AnyRecord => r !== undefined));
    }
    case 'section': {
      if (op.value !== null) return withSection(c, op.section, op.value as never);
      return withSection(c, op.section, null);
    }
  }
}

/** The inverse of several operations applied in order: each undone, the last first. */
export function inverseOfAll(c: CaseData, ops: readonly EditOp[]): EditOp[] {
  const inverses: EditOp[][] = [];
  let at = c;
  for (const op of ops) {
    inverses.push(inverseOf(at, op));
    at = applyTo(at, op);
  }
  return inverses.reverse().flat();
}

/** The ids of a list with `id` moved to `index` (for a 'place' operation). */
export function idsWithPlace(c: CaseData, collection: CollectionName, id: string, index: number): string[] {
  const ids = (recordsIn(c, collection) as AnyRecord[]).map((r) => keyOf(collection, r)).filter((x) => x !== id);
  ids.splice(Math.min(index, ids.length), 0, id);
  return ids;
}

/** The record or section an operation is about, as a key: consecutive saves of one key while typing are one step. */
export function subjectOf(op: EditOp): string {
  return op.kind === 'section' ? `section ${op.section}` : `${op.collection} ${op.kind === 'save' ? keyOf(op.collection, op.record) : 'id' in op ? op.id : ''}`;
}

/** A record in words, for the Undo offer: "recommendation 2", "evidence item D3", "the chronology entry". */
export function describeRecord(collection: CollectionName, record: AnyRecord | undefined): string {
  const noun = collections[collection].noun;
  const name = record ? (record.number ?? record.ref ?? record.label) : undefined;
  return typeof name === 'string' && name ? `${noun} ${name}` : `the ${noun}`;
}
