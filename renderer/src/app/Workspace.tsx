// The workspace of an open casefile: the casefile's navigation on the left, one screen in
// the middle, the status bar (save state, casefile name, lock) at the bottom.
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { OpenedCasefile } from '../../../shared/api.ts';
import { OverviewScreen } from '../screens/OverviewScreen.tsx';
import { StatementScreen } from '../screens/StatementScreen.tsx';
import { FindingsScreen } from '../screens/FindingsScreen.tsx';
import { IpReviewScreen } from '../screens/IpReviewScreen.tsx';
import { AdjudicationScreen } from '../screens/adjudication/AdjudicationScreen.tsx';
import { PanelScreen } from '../screens/PanelScreen.tsx';
import { EvidenceScreen } from '../screens/evidence/EvidenceScreen.tsx';
import { PeopleScreen } from '../screens/people/PeopleScreen.tsx';
import { CaseScreen } from '../screens/case/CaseScreen.tsx';
import { ComplaintScreen } from '../screens/case/ComplaintScreen.tsx';
import { IoReportScreen } from '../screens/IoReportScreen.tsx';
import { DocumentsScreen } from '../screens/DocumentsScreen.tsx';
import { PreviewRegion } from '../components/preview/PreviewRegion.tsx';
import type { DocumentKind } from '../../../shared/api.ts';
import { SettingsDialog } from '../screens/SettingsDialog.tsx';
import { SearchDialog } from '../components/search/SearchDialog.tsx';
import { EvidenceViewer } from '../components/viewer/EvidenceViewer.tsx';
import { closeEvidenceViewer, followTextCursor, viewerStore } from './evidence-viewer.ts';
import { caseStore, lockNow, closeToStart, redo, undo } from './session.ts';
import { useStore } from './store.ts';
import { StatusBar } from './StatusBar.tsx';
import { goBus, menuBus } from './menu.ts';
import { flushPendingEdits } from './pending-edits.ts';
import type { Navigate, Place, ScreenName } from './navigation.ts';
import { screens, screenTitles } from './navigation.ts';
import { placeToReturnTo, rememberPlace } from './last-place.ts';
import { isMenuEcho, keyPlatform, moveToRegion, noteKeyHandled, screenKeyModifiers, shortcutOf } from './shortcuts.ts';
import { isSearchKey, regionKeys, regionStep, screenForKey, searchKeys } from '../../../shared/screens.ts';

export function Workspace({ opened }: { opened: OpenedCasefile }) {
  // Unlocking after a lock returns to the screen the user was on.
  const [place, setPlace] = useState<Place>(() => placeToReturnTo(opened.fileId));
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [searchOpen, setSearchOpen] = useState(false);
  const viewer = useStore(viewerStore, (v) => v);
  // What opening found and put right (a last change cut short by a crash was discarded): said once, until dismissed.
  const [notices, setNotices] = useState(opened.notices ?? []);
  // An older or different copy than the one last opened on this computer: said until dismissed.
  const [warnings, setWarnings] = useState(opened.warnings ?? []);
  const mainRef = useRef<HTMLElement>(null);
  const title = useStore(caseStore, (c) => c?.case.title ?? '');

  const navigate: Navigate = useCallback((next: Place) => {
    setPlace(next);
  }, []);

  useEffect(() => rememberPlace(opened.fileId, place), [opened.fileId, place]);
  // The point shown on Findings is part of the place, without moving the keyboard.
  const rememberPoint = useCallback((pointId: string) => rememberPlace(opened.fileId, { screen: 'findings', pointId }), [opened.fileId]);

  // After a screen change, and when the workspace first appears (after unlock), move focus to
  // the screen's heading so keyboard and screen-reader users start at the top of the screen
  // (unless the place names a field to focus).
  useEffect(() => {
    const target = place.focusId ? document.getElementById(place.focusId)
      : place.focusText ? document.querySelector(`[data-text-ref="${CSS.escape(place.focusText)}"]`) : null;
    if (target instanceof HTMLElement) {
      target.focus();
      target.scrollIntoView({ block: 'center' });
      if (place.selectWords && (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement)) selectFirst(target, place.selectWords);
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    const focusHeading = () => {
      const h1 = main.querySelector('h1');
      if (h1 instanceof HTMLElement && document.activeElement !== h1) { h1.tabIndex = -1; h1.focus({ preventScroll: true }); }
    };
    focusHeading();
    main.scrollTo({ top: 0 });
    // A screen may replace its heading as it finishes rendering (the Overview shows a first
    // heading while it works out the clocks): the keyboard would fall to <body> with the old
    // one. Until the screen settles, a heading whose focus was lost that way takes it back.
    const observer = new MutationObserver(() => {
      if (document.activeElement === document.body || document.activeElement === null) focusHeading();
    });
    observer.observe(main, { childList: true, subtree: true });
    // Once the user clicks or types, where the keyboard is is theirs.
    const stop = () => observer.disconnect();
    const settle = window.setTimeout(stop, 3000);
    window.addEventListener('pointerdown', stop, { once: true });
    window.addEventListener('keydown', stop, { once: true });
    return () => {
      stop();
      window.clearTimeout(settle);
      window.removeEventListener('pointerdown', stop);
      window.removeEventListener('keydown', stop);
    };
  }, [place]);

  useEffect(() => { document.title = title ? `${title} · Impartial` : 'Impartial'; return () => { document.title = 'Impartial'; }; }, [title]);
  useEffect(() => menuBus.subscribe((command) => {
    if (command === 'settings') setSettingsOpen(true);
    else if (command === 'search' && !isMenuEcho()) setSearchOpen(true);
    else if (command === 'next-region' && !isMenuEcho()) moveToRegion(1);
    else if (command === 'previous-region' && !isMenuEcho()) moveToRegion(-1);
  }), []);
  useEffect(() => goBus.subscribe((screen) => { if (!isMenuEcho()) navigate({ screen }); }), [navigate]);
  useEffect(() => followTextCursor(), []);
  useEffect(() => () => closeEvidenceViewer(), []);

  // Ctrl+S / Cmd+S out of habit: everything is saved already; write any text still being
  // typed at once instead of letting the browser save the page.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        flushPendingEdits();
        return;
      }
      // A modal dialog (settings) keeps the keyboard until it is closed.
      if (document.querySelector('dialog[open]')) return;
      const screen = screenForKey(e, keyPlatform);
      if (screen) {
        e.preventDefault();
        noteKeyHandled();
        flushPendingEdits();
        navigate({ screen });
        return;
      }
      const step = regionStep(e);
      if (step !== 0) {
        e.preventDefault();
        noteKeyHandled();
        moveToRegion(step);
      }
      undoKey(e);
      // Ctrl+K / Cmd+K: the search (in Electron the View menu's accelerator says the same).
      if (isSearchKey(e, keyPlatform)) {
        e.preventDefault();
        noteKeyHandled();
        setSearchOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  const previewKind = previewOf[place.screen];
  return (
    <div className={previewKind || viewer ? 'workspace workspace--preview' : 'workspace'}>
      <a className="skip-link" href="#main">Skip to content</a>
      <CaseNav current={place.screen} navigate={navigate} title={title} onSettings={() => setSettingsOpen(true)} onSearch={() => setSearchOpen(true)} />
      <main id="main" ref={mainRef} className="main" tabIndex={-1} aria-label={screenTitles[place.screen]}>
        <div className={place.screen === 'findings' || place.screen === 'people' ? 'page page--wide' : 'page'}>
          {warnings.length > 0 ? (
            <div className="notice notice--warning-strong notice--dismissable" role="alert" data-testid="open-warnings">
              <span>{warnings.join(' ')}</span>
              <button type="button" className="button button--small" onClick={() => setWarnings([])}>Dismiss</button>
            </div>
          ) : null}
          {notices.length > 0 ? (
            <div className="notice notice--dismissable" role="status" data-testid="open-notices">
              <span>{notices.join(' ')}</span>
              <button type="button" className="button button--small" onClick={() => setNotices([])}>Dismiss</button>
            </div>
          ) : null}
          {place.screen === 'overview' ? <OverviewScreen navigate={navigate} /> : null}
          {place.screen === 'case' ? <CaseScreen /> : null}
          {place.screen === 'complaint' ? <ComplaintScreen navigate={navigate} /> : null}
          {place.screen === 'people' ? <PeopleScreen key={place.personId ?? ''} initialPersonId={place.personId} /> : null}
          {place.screen === 'statement' ? <StatementScreen /> : null}
          {place.screen === 'evidence' ? <EvidenceScreen initialTab={place.tab} initialOpenId={place.recordId} /> : null}
          {place.screen === 'findings' ? <FindingsScreen initialPointId={place.pointId} onPointShown={rememberPoint} /> : null}
          {place.screen === 'ioReport' ? <IoReportScreen navigate={navigate} /> : null}
          {place.screen === 'ipReview' ? <IpReviewScreen /> : null}
          {place.screen === 'adjudication' ? <AdjudicationScreen /> : null}
          {place.screen === 'panel' ? <PanelScreen /> : null}
          {place.screen === 'documents' ? <DocumentsScreen navigate={navigate} /> : null}
        </div>
      </main>
      {/* An evidence file opened takes the Preview's place beside the screen until it is closed. */}
      {viewer ? <EvidenceViewer request={viewer} navigate={navigate} />
        : previewKind ? <PreviewRegion key={previewKind} kind={previewKind} /> : null}
      <StatusBar name={opened.name} onLock={() => void lockNow()} />
      <SettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
      <SearchDialog open={searchOpen} onClose={() => setSearchOpen(false)} navigate={navigate} />
    </div>
  );
}

/** The screens that edit a document, and the document the Preview region beside them shows. */
const previewOf: Partial<Record<ScreenName, DocumentKind>> = {
  statement: 'statement',
  findings: 'io-report',
  ioReport: 'io-report',
  ipReview: 'ip-report',
  adjudication: 'adjudication-letter',
  panel: 'panel-report',
};

/** Selects the first of `words` found in the field (case and accents ignored), as a search hit's words. */
function selectFirst(control: HTMLTextAreaElement | HTMLInputElement, words: readonly string[]): void {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const value = control.value;
  const folded = fold(value);
  if (folded.length !== value.length) return;
  for (const word of words) {
    const at = folded.indexOf(fold(word));
    if (at < 0) continue;
    control.setSelectionRange(at, at + word.length);
    return;
  }
}

/** Ctrl+K, or Cmd+K on a Mac, as shown and as aria-keyshortcuts says it. */
const searchKey = searchKeys[keyPlatform];

const CaseNav = memo(function CaseNav(props: { current: ScreenName; navigate: Navigate; title: string; onSettings: () => void; onSearch: () => void }) {
  const counts = useStore(caseStore, (c) => c ? `${c.statement.points.length}|${c.people.length}|${c.evidence?.length ?? 0}` : '0|0|0');
  const [points, people, evidence] = counts.split('|');
  const count: Partial<Record<ScreenName, [string | undefined, string]>> = { statement: [points, 'points'], evidence: [evidence, 'items'], people: [people, 'people'] };
  return (
    <nav id="casefile-nav" className="sidebar" aria-label="Casefile">
      <div className="sidebar-case">
        <span className="eyebrow">Casefile</span>
        <strong>{props.title}</strong>
      </div>
      <button type="button" className="nav-link nav-search" onClick={props.onSearch} aria-keyshortcuts={searchKey.aria} data-testid="open-search">
        <span>Search</span>
        <kbd className="nav-key" aria-hidden="true">{searchKey.shown}</kbd>
      </button>
      <ul className="nav-list">
        {screens.map((s) => (
          <li key={s}>
            <button
              type="button"
              className="nav-link"
              aria-current={props.current === s ? 'page' : undefined}
              aria-keyshortcuts={shortcutOf.get(s)?.aria}
              title={shortcutOf.has(s) ? `${screenTitles[s]} (${shortcutOf.get(s)?.shown ?? ''})` : undefined}
              onClick={() => props.navigate({ screen: s })}
            >
              <span className="nav-title">{screenTitles[s]}</span>
              {count[s] ? <span className="nav-count"><span className="visually-hidden">, </span>{count[s][0]}<span className="visually-hidden"> {count[s][1]}</span></span> : null}
              {/* The key itself is told to screen readers by aria-keyshortcuts. */}
              <kbd className="nav-key" aria-hidden="true">{shortcutOf.get(s)?.shown.slice(screenKeyModifiers.length) ?? ''}</kbd>
            </button>
          </li>
        ))}
      </ul>
      <p className="nav-keys-hint" data-testid="nav-keys-hint">
        <kbd>{screenKeyModifiers}</kbd>key: go to a screen · <kbd>{regionKeys.next.shown}</kbd>: next part of the window
      </p>
      <div className="sidebar-foot">
        <button type="button" className="nav-link" onClick={props.onSettings}>Settings</button>
        <button type="button" className="nav-link" onClick={() => closeToStart()}>Close casefile</button>
      </div>
    </nav>
  );
});

/** A text box the browser keeps its own undo history for. */
function isTextEntry(t: EventTarget | null): t is HTMLInputElement | HTMLTextAreaElement {
  if (t instanceof HTMLTextAreaElement) return !t.readOnly && !t.disabled;
  return t instanceof HTMLInputElement && ['text', 'search', 'email', 'tel', 'url', 'number', 'password'].includes(t.type) && !t.readOnly && !t.disabled;
}

/** The history listener of the last undo or redo key in a text box, until that key is released. */
let listening: (() => void) | undefined;

/**
 * Ctrl+Z (Cmd+Z) undoes the last change to the case, Ctrl+Shift+Z or Ctrl+Y (Cmd+Shift+Z) does
 * it again. In a text box the box's own undo goes first, as everywhere; once it has nothing
 * left, the case's history carries on from there.
 *
 * Which of the two acts is decided by what the browser does with the key, never by looking at
 * the box a moment later: with a timer, a quick Ctrl+Z then Ctrl+Shift+Z on a busy machine
 * found the text back as it was, took that for "nothing undone" and undid the case's last
 * change as well, silently reverting a saved text.
 */
function undoKey(e: KeyboardEvent): void {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
  const key = e.key.toLowerCase();
  const isUndo = key === 'z' && !e.shiftKey;
  const isRedo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey && e.ctrlKey);
  if (!isUndo && !isRedo) return;
  // A dialog (the citation picker, settings) keeps its keys.
  if (document.querySelector('dialog[open]')) return;
  const act = isUndo ? undo : redo;
  const target = e.target;
  listening?.();
  // With nothing in the page's own history, no box will act on the key: the case's history does.
  if (!isTextEntry(target) || !document.queryCommandEnabled(isUndo ? 'undo' : 'redo')) {
    e.preventDefault();
    void act();
    return;
  }
  // Chromium keeps one undo history for the whole page, and says which box a step belongs to
  // only as it applies it (beforeinput, during this key's default action). A step of this box
  // goes ahead. A step of another box would undo that box's typing and take the focus there,
  // behind the case's own history (which already holds that typing): it is refused, and this
  // box having nothing left of its own, the case's history carries on.
  const onHistory = (ev: InputEvent) => {
    if (ev.inputType !== 'historyUndo' && ev.inputType !== 'historyRedo') return;
    stop();
    if (ev.target === target) return;
    ev.preventDefault();
    void act();
  };
  // The key's default action comes before its release: releasing it ends what it may do.
  const onRelease = (ev: KeyboardEvent) => { if (ev.key.toLowerCase() === key) stop(); };
  const stop = () => {
    document.removeEventListener('beforeinput', onHistory, true);
    document.removeEventListener('keyup', onRelease, true);
    if (listening === stop) listening = undefined;
  };
  document.addEventListener('beforeinput', onHistory, true);
  document.addEventListener('keyup', onRelease, true);
  listening = stop;
}
