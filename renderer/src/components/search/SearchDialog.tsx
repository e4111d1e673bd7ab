// One box that searches the whole case and its attached files (Ctrl+K, or the navigation's
// Search button). A modal dialog with the combobox pattern: focus stays in the box while the
// arrow keys move through the results (aria-activedescendant), Enter goes to the one chosen,
// Escape closes and returns the focus to where it was. Results are grouped by place, best
// group first, each with its snippet and the words found marked; how many were found is
// announced politely. Files still being read into the index are shown with their progress.
import { Fragment, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { FileTextState, ImpartialEvent, SearchHit, SearchResults } from '../../../../shared/api.ts';
import { groupHits } from '../../../../shared/search/places.ts';
import { platform } from '../../platform/api.ts';
import { caseStore, currentSessionId } from '../../app/session.ts';
import type { Navigate } from '../../app/navigation.ts';
import { placeOfHit } from '../../app/search-places.ts';
import { openEvidenceFile } from '../../app/evidence-viewer.ts';

const TYPING_PAUSE_MS = 150;
const LIMIT = 50;

interface Props {
  open: boolean;
  onClose: () => void;
  navigate: Navigate;
}

/** The words a hit's snippet marks, to find or select them where it goes. */
const matchedWords = (hit: SearchHit) => hit.parts.filter((p) => p.match).map((p) => p.text);

export function SearchDialog({ open, onClose, navigate }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const returnTo = useRef<Element | null>(null);
  const id = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResults | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [active, setActive] = useState(0);
  const [reading, setReading] = useState<string | undefined>();
  const [readCount, setReadCount] = useState(0);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      returnTo.current = document.activeElement;
      d.showModal();
      input.current?.select();
    } else if (!open && d.open) d.close();
  }, [open]);

  // Files being read into the index: shown while it goes on, and the search run again when one is done.
  useEffect(() => platform.onEvent((event: ImpartialEvent) => {
    if (event.type !== 'file-text' || event.sessionId !== currentSessionId()) return;
    setReading(event.done < event.total ? `Reading attached files into the search (${event.done} of ${event.total} done): ${event.stage}` : undefined);
    setReadCount((n) => n + 1);
  }), []);

  useEffect(() => {
    const sessionId = currentSessionId();
    if (!open || !sessionId) return;
    if (!query.trim()) {
      setResults(undefined);
      setProblem(undefined);
      return;
    }
    let stale = false;
    const timer = setTimeout(() => {
      void platform.searchCase({ sessionId, query, limit: LIMIT }).then((result) => {
        if (stale) return;
        if (result.ok) {
          setResults(result.value);
          setProblem(undefined);
          setActive(0);
        } else setProblem(result.error.message);
      });
    }, TYPING_PAUSE_MS);
    return () => { stale = true; clearTimeout(timer); };
  }, [query, open, readCount]);

  const groups = useMemo(() => groupHits(results?.hits ?? []), [results]);
  // The hits in the order they are listed (grouped), which is the order the arrow keys go.
  const listed = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  const optionId = (i: number) => `${id}-hit-${i}`;

  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const close = () => {
    dialog.current?.close();
  };

  const go = (hit: SearchHit | undefined) => {
    if (!hit) return;
    const c = caseStore.get();
    dialog.current?.close();
    if (hit.target.kind === 'file') {
      returnTo.current = null; // the viewer takes the focus
      openEvidenceFile(hit.target.evidenceId, hit.target.page, matchedWords(hit)[0]);
      return;
    }
    const place = c ? placeOfHit(hit.target, c) : undefined;
    if (place) navigate({ ...place, selectWords: matchedWords(hit) });
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (listed.length === 0) return;
      setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : listed.length - 1)) % listed.length);
    } else if (e.key === 'Home' && e.ctrlKey) {
      setActive(0);
    } else if (e.key === 'End' && e.ctrlKey) {
      setActive(Math.max(0, listed.length - 1));
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      go(listed[active]);
    }
  };

  const summary = !query.trim() ? '' : problem ? problem : !results ? 'Searching…'
    : results.total === 0 ? `Nothing found for “${query.trim()}”.`
      : `${results.total} ${results.total === 1 ? 'place' : 'places'} found${results.total > listed.length ? `, the best ${listed.length} shown` : ''}.`;
  const expanded = listed.length > 0;
  let index = -1;

  return (
    <dialog ref={dialog} className="dialog search-dialog" aria-labelledby={`${id}-h`} data-testid="search-dialog"
      onClose={() => {
        onClose();
        const back = returnTo.current;
        if (back instanceof HTMLElement && back.isConnected && !document.activeElement?.closest('main, aside')) back.focus();
      }}>
      <h2 id={`${id}-h`} className="search-title">Search the case</h2>
      <div className="search-box">
        <input ref={input} className="input search-input" type="text" lang="en-GB" spellCheck={false} autoComplete="off"
          role="combobox" aria-expanded={expanded} aria-controls={`${id}-list`} aria-autocomplete="list"
          aria-activedescendant={expanded ? optionId(active) : undefined} aria-describedby={`${id}-help`}
          aria-label="Search the case and its files" placeholder="Words, “a phrase”, or word*"
          value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onKeyDown} data-testid="search-input" />
        <button type="button" className="button button--small" onClick={close}>Close</button>
      </div>
      <p id={`${id}-help`} className="field-hint">Every text of the case and the words of its attached files. ↑ ↓ to choose, Enter to go there, Esc to go back.</p>
      <p role="status" className="meta search-summary" data-testid="search-summary">{summary}</p>
      {reading ? <p className="meta search-reading" data-testid="search-reading">{reading}</p> : null}
      <div role="listbox" id={`${id}-list`} className="search-results" aria-label="Results" hidden={!expanded}>
        {groups.map((g) => (
          <div role="group" key={g.group} aria-labelledby={`${id}-g-${g.group}`} className="search-group">
            <div role="presentation" id={`${id}-g-${g.group}`} className="search-group-label">{g.label}</div>
            {g.hits.map((hit) => {
              index += 1;
              const i = index;
              return (
                <div role="option" key={`${hit.path}-${hit.page ?? ''}-${i}`} id={optionId(i)} aria-selected={i === active}
                  className={i === active ? 'search-hit search-hit--active' : 'search-hit'}
                  onMouseMove={() => setActive(i)} onClick={() => go(hit)} data-testid="search-hit">
                  <span className="search-hit-place">{hit.place}</span>
                  <span className="search-hit-snippet">
                    {hit.parts.map((part, n) => (part.match ? <mark key={n}>{part.text}</mark> : <Fragment key={n}>{part.text}</Fragment>))}
                  </span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
      {results && results.notSearched.length > 0 ? <NotSearched files={results.notSearched} /> : null}
    </dialog>
  );
}

function NotSearched({ files }: { files: FileTextState[] }) {
  const why = (f: FileTextState) => (f.status === 'pending' ? 'still being read' : f.status === 'not-held' ? 'the casefile does not hold the file'
    : f.status === 'failed' ? (f.reason ?? 'could not be read') : `pages ${f.unreadablePages?.join(', ') ?? ''} have no text`);
  return (
    <div className="search-not-searched">
      <p className="meta">Not searched, or only in part:</p>
      <ul className="meta">
        {files.map((f) => <li key={f.evidenceId}>{f.ref} {f.fileName}: {why(f)}</li>)}
      </ul>
    </div>
  );
}
