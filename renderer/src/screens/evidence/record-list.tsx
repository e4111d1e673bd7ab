// What the three evidence editors share: a list of one-line items of which one at a time is
// open for editing, the item just added opened with the cursor in it, and a delete that the
// casefile may refuse because other records cite the item. Kept apart from the editors so the
// three lists look and behave alike, and so each editor file holds only its own record.
import { useCallback, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import type { ApiError } from '../../../../shared/api.ts';
import type { CaseData } from '../../../../shared/interchange/schema.ts';
import { caseStore, deleteRecord } from '../../app/session.ts';
import { useFocusSoon } from '../../components/focus.ts';

export const EMPTY: never[] = [];

/** Tells the screen a delete was refused (and why), or clears the last refusal. */
export type OnRefused = (message: string | undefined) => void;

/** Opens the item just added and puts the cursor in its first text field. */
export function useOpenItem(initialOpenId?: string) {
  const [openId, setOpenId] = useState<string | undefined>(initialOpenId);
  const focusSoon = useFocusSoon();
  const toggle = useCallback((id: string) => setOpenId((was) => (was === id ? undefined : id)), []);
  const openNew = useCallback((id: string, focus: string) => { setOpenId(id); focusSoon(focus, { center: true }); }, [focusSoon]);
  return { openId, toggle, openNew };
}

interface RowProps {
  /** The record's id, for toggle. */
  id: string;
  /** Prefix of the item's element ids. */
  domId: string;
  open: boolean;
  name: string;
  summary: ReactNode;
  toggle: (id: string) => void;
  onDelete: () => void;
  children?: ReactNode;
  /** The item's test id, where not an evidence record ('record-item'). */
  testId?: string;
}

/** One item: its summary line with Edit and Delete, and its fields while open. */
export function ItemRow({ id, domId, open, name, summary, toggle, onDelete, children, testId }: RowProps) {
  return (
    <li className={open ? 'record-item record-item--open' : 'record-item'} data-testid={testId ?? 'record-item'}>
      <div className="record-line">
        <div className="record-summary">{summary}</div>
        <button type="button" className="button button--small" aria-expanded={open} aria-controls={open ? `${domId}-fields` : undefined} onClick={() => toggle(id)}>
          {open ? 'Close' : 'Edit'}<span className="visually-hidden"> {name}</span>
        </button>
        <button type="button" className="button button--small button--danger" onClick={onDelete}>Delete<span className="visually-hidden"> {name}</span></button>
      </div>
      {open ? <div className="record-fields" id={`${domId}-fields`}>{children}</div> : null}
    </li>
  );
}

/** Who cites a source (evidence item or interview), in words, for a refused delete. */
function citedBy(c: CaseData, id: string): string {
  const entries = (c.chronology ?? []).filter((e) => e.sourceIds.includes(id)).length;
  const numbers = new Map(c.statement.points.map((p) => [p.id, p.number]));
  const findings = (c.findings ?? []).filter((f) => f.sourceIds?.includes(id)).map((f) => numbers.get(f.pointId) ?? '?');
  const parts: string[] = [];
  if (entries > 0) parts.push(`${entries} chronology ${entries === 1 ? 'entry' : 'entries'}`);
  if (findings.length > 0) parts.push(`the ${findings.length === 1 ? 'finding' : 'findings'} on point ${findings.join(', ')}`);
  return parts.join(' and ');
}

type Removal = { done: 'cancelled' | 'deleted' } | { done: 'refused'; message: string };

/** Deletes after a confirm; a refusal by the casefile comes back as a sentence for the screen. */
async function removeSource(collection: 'evidence' | 'interviews', id: string, ref: string): Promise<Removal> {
  const c = caseStore.get();
  // The renderer never holds a file's bytes, so an item with a file cannot come back: ask. Any
  // other delete is undone by the Undo offer or Ctrl+Z.
  const file = collection === 'evidence' ? c?.evidence?.find((e) => e.id === id)?.attachment : undefined;
  if (file && !window.confirm(`Delete ${ref} and its attached file ${file.fileName}? This cannot be undone.`)) return { done: 'cancelled' };
  const who = c ? citedBy(c, id) : '';
  const reword = (error: ApiError) => (error.code === 'still-referenced'
    ? `${ref} was not deleted: it is still cited by ${who || 'other records'}. Remove it from there first.`
    : error.message);
  const result = await deleteRecord(collection, id, reword);
  return result.ok ? { done: 'deleted' } : { done: 'refused', message: reword(result.error) };
}

/**
 * Deletes a source the chronology and findings may cite. After a delete the item's buttons are
 * gone: the keyboard goes on from the panel's Add button.
 */
export function deleteSource(collection: 'evidence' | 'interviews', id: string, ref: string, onRefused: OnRefused, add: RefObject<HTMLButtonElement | null>): void {
  void removeSource(collection, id, ref).then((removal) => {
    if (removal.done === 'refused') onRefused(removal.message);
    else if (removal.done === 'deleted') { onRefused(undefined); add.current?.focus(); }
  });
}
