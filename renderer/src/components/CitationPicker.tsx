// The citation picker of a long text (docs/citations.md): a modal dialog listing the case's
// documents, interviews and chronology entries by reference and title. Typing filters the
// list, the arrow keys move through it (the ARIA combobox pattern: the focus stays in the box,
// the list's current option is its active descendant), Enter cites the current one, Escape
// closes. A document may be cited at a page ("D3, p. 4"); where its file's pages are known the
// list says how many, and a page beyond them is refused in the words readiness would use. What
// is cited is the plain text the parser in shared/citations reads back.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { formatDate } from '../../../shared/calendar/dates.ts';
import { citationText } from '../../../shared/citations/references.ts';
import { pageProblem, sourceIndex } from '../../../shared/citations/resolve.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import type { ReadinessContext } from '../../../shared/readiness/index.ts';
import { caseStore, readinessContextStore } from '../app/session.ts';
import { useStore } from '../app/store.ts';

interface Option {
  key: string;
  kind: 'document' | 'interview' | 'chronology';
  /** What the list shows first: "D3", "I2", "3 March 2024". */
  label: string;
  title: string;
  ref?: string;
  date?: string;
  /** The pages of a document's attached file, where the search index has counted them. */
  pages?: number;
}

const KIND_WORDS: Record<Option['kind'], string> = { document: 'Document', interview: 'Interview', chronology: 'Chronology' };

function optionsOf(c: CaseData | null, filePages: ReadinessContext['filePages']): Option[] {
  if (!c) return [];
  const index = sourceIndex(c, filePages);
  const out: Option[] = [];
  for (const e of c.evidence ?? []) {
    const pages = index.pagesOf(e.ref);
    out.push({ key: e.id, kind: 'document', label: e.ref, title: e.title || 'Untitled document', ref: e.ref, ...(pages !== undefined ? { pages } : {}) });
  }
  for (const i of c.interviews ?? []) {
    out.push({ key: i.id, kind: 'interview', label: i.ref, title: index.byRef.get(i.ref)?.title ?? 'Interview', ref: i.ref });
  }
  const dates = new Set<string>();
  for (const e of [...(c.chronology ?? [])].sort((a, b) => a.date.localeCompare(b.date))) {
    // One option a date: a citation names the day, whatever happened on it.
    if (dates.has(e.date)) continue;
    dates.add(e.date);
    const events = (c.chronology ?? []).filter((x) => x.date === e.date).map((x) => x.event).filter(Boolean).join('; ');
    out.push({ key: `chronology-${e.date}`, kind: 'chronology', label: formatDate(e.date), title: events || 'No event written yet', date: e.date });
  }
  return out;
}

function matches(o: Option, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = `${o.label} ${o.title} ${KIND_WORDS[o.kind]}`.toLowerCase();
  return words.every((w) => haystack.includes(w));
}

interface Props {
  /** The field's label, for the dialog's title: "Cite a source in Analysis". */
  fieldLabel: string;
  /** Called with the citation's text, or undefined when closed without citing. */
  onClose: (citation: string | undefined) => void;
}

export function CitationPicker({ fieldLabel, onClose }: Props) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const c = useStore(caseStore, (s) => s);
  const filePages = useStore(readinessContextStore, (x) => x.filePages);
  const all = useMemo(() => optionsOf(c, filePages), [c, filePages]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [page, setPage] = useState('');
  const [error, setError] = useState<string | undefined>();
  const shown = useMemo(() => all.filter((o) => matches(o, query)), [all, query]);
  const current = shown[Math.min(active, shown.length - 1)];
  const closed = useRef(false);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  useEffect(() => {
    document.getElementById(`${id}-option-${current?.key ?? ''}`)?.scrollIntoView({ block: 'nearest' });
  }, [current, id]);

  const close = (citation: string | undefined) => {
    if (closed.current) return;
    closed.current = true;
    dialog.current?.close();
    onClose(citation);
  };

  const cite = (o: Option | undefined) => {
    if (!o) return;
    if (o.kind !== 'document' || page.trim() === '') {
      close(o.date ? citationText({ date: o.date }) : citationText({ ref: o.ref! }));
      return;
    }
    const n = Number(page.trim());
    if (!Number.isInteger(n) || n < 1) { setError('Enter a page number of 1 or more, or leave the page empty.'); return; }
    const beyond = pageProblem(o.ref!, { from: n }, o.pages);
    if (beyond) { setError(`${beyond[0]!.toUpperCase()}${beyond.slice(1)}.`); return; }
    close(citationText({ ref: o.ref!, page: n }));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const last = shown.length - 1;
    if (e.key === 'ArrowDown') { e.preventDefault(); setActive((a) => Math.min(last, a + 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(0, a - 1)); }
    else if (e.key === 'Home' && e.ctrlKey) { e.preventDefault(); setActive(0); }
    else if (e.key === 'End' && e.ctrlKey) { e.preventDefault(); setActive(last); }
    else if (e.key === 'Enter') { e.preventDefault(); cite(current); }
  };

  const listId = `${id}-list`;
  const pageDisabled = current?.kind !== 'document';
  return (
    <dialog ref={dialog} className="dialog dialog--picker" aria-labelledby={`${id}-h`} onClose={() => close(undefined)} data-testid="citation-picker">
      <h2 id={`${id}-h`}>Cite a source in {fieldLabel}</h2>
      <div className="field">
        <label htmlFor={`${id}-q`}>Document, interview or chronology date</label>
        <span className="field-hint" id={`${id}-q-hint`}>Type to narrow the list, the arrow keys to move in it, Enter to cite, Escape to close.</span>
        <input
          id={`${id}-q`} className="input" type="text" role="combobox" autoComplete="off" spellCheck={false}
          aria-autocomplete="list" aria-expanded={shown.length > 0} aria-controls={shown.length ? listId : undefined}
          aria-activedescendant={current ? `${id}-option-${current.key}` : undefined} aria-describedby={`${id}-q-hint`}
          value={query} onChange={(e) => { setQuery(e.target.value); setActive(0); }} onKeyDown={onKeyDown}
        />
      </div>
      {shown.length ? (
        <ul id={listId} role="listbox" aria-label="Sources" className="picker-list" tabIndex={-1}>
          {shown.map((o) => (
            <li
              key={o.key} id={`${id}-option-${o.key}`} role="option" aria-selected={o === current}
              className={o === current ? 'picker-option picker-option--active' : 'picker-option'}
              onMouseDown={(e) => e.preventDefault()} onClick={() => cite(o)}
            >
              <span className="picker-ref">{o.label}</span> <span className="picker-title">{o.title}</span> <span className="picker-kind">{KIND_WORDS[o.kind]}{o.pages === undefined ? '' : `, ${o.pages === 1 ? '1 page' : `${o.pages} pages`}`}</span>
            </li>
          ))}
        </ul>
      ) : <p className="field-hint" role="status">{all.length ? 'Nothing matches what is typed.' : 'The case has no documents, interviews or chronology entries yet.'}</p>}
      <div className="field">
        <label htmlFor={`${id}-page`}>Page (documents only, optional){current?.pages !== undefined ? `: 1 to ${current.pages}` : ''}</label>
        <input
          id={`${id}-page`} className="input input--date" type="text" inputMode="numeric" value={page} disabled={pageDisabled}
          aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-page-error` : undefined}
          onChange={(e) => { setPage(e.target.value); setError(undefined); }}
          onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); cite(current); } }}
        />
        {error ? <span id={`${id}-page-error`} className="field-error" role="alert">{error}</span> : null}
      </div>
      <div className="card-actions">
        <button type="button" className="button button--primary" disabled={!current} onClick={() => cite(current)}>
          {current ? `Cite ${current.kind === 'chronology' ? `the chronology, ${current.label}` : current.label}` : 'Cite'}
        </button>
        <button type="button" className="button button--quiet" onClick={() => close(undefined)}>Cancel</button>
      </div>
    </dialog>
  );
}
