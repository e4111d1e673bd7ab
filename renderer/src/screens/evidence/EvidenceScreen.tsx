// Evidence: the documents examined, the interviews and the chronology, added and edited by
// hand as well as by import. Built for the large case (400 documents, 60 interviews, 1,000
// chronology entries): one tab panel at a time, every item a memoised one-line summary, and
// only the item being edited renders its fields. Each tab's editor is its own file; what they
// share (the item list, the refused delete, the checkbox groups) is in record-list.tsx and
// choices.tsx. This file holds the tabs and the one notice a refused delete puts up.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { caseStore } from '../../app/session.ts';
import { useStore } from '../../app/store.ts';
import { ChronologyEditor } from './ChronologyEditor.tsx';
import { DocumentsEditor } from './DocumentsEditor.tsx';
import { InterviewsEditor } from './InterviewsEditor.tsx';

type Tab = 'documents' | 'interviews' | 'chronology';
const tabs: { id: Tab; title: string }[] = [
  { id: 'documents', title: 'Documents examined' },
  { id: 'interviews', title: 'Interviews' },
  { id: 'chronology', title: 'Chronology' },
];

/** `initialTab` and `initialOpenId`: where a link (a name found, a readiness problem) leads. */
export function EvidenceScreen({ initialTab, initialOpenId }: { initialTab?: Tab | undefined; initialOpenId?: string | undefined } = {}) {
  const [tab, setTab] = useState<Tab>(initialTab ?? 'documents');
  // An object, so that the same refusal twice is announced and focused twice.
  const [refusal, setRefusal] = useState<{ message: string } | undefined>();
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => { if (refusal) notice.current?.focus(); }, [refusal]);
  const counts = useStore(caseStore, (c) => `${c?.evidence?.length ?? 0}|${c?.interviews?.length ?? 0}|${c?.chronology?.length ?? 0}`);
  const count: Record<Tab, string> = Object.fromEntries(tabs.map((t, i) => [t.id, counts.split('|')[i] ?? '0'])) as Record<Tab, string>;
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ documents: null, interviews: null, chronology: null });

  // Arrow keys move between the tabs (the tablist pattern); Tab goes on into the panel.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.findIndex((t) => t.id === tab);
    const to = e.key === 'ArrowRight' ? (at + 1) % tabs.length : e.key === 'ArrowLeft' ? (at + tabs.length - 1) % tabs.length
      : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    const next = tabs[to]!.id;
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  const onRefused = useCallback((message: string | undefined) => setRefusal(message === undefined ? undefined : { message }), []);
  const current = tabs.find((t) => t.id === tab)!;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>Evidence</h1>
          <p>The documents examined, the interviews and the chronology, each linked to the points it bears on.</p>
        </div>
      </div>
      {refusal ? (
        <div className="notice notice--danger notice--dismissable" role="alert" tabIndex={-1} ref={notice}>
          <span>{refusal.message}</span>
          <button type="button" className="button button--small" onClick={() => setRefusal(undefined)}>Dismiss</button>
        </div>
      ) : null}
      <div className="tablist" role="tablist" aria-label="Evidence" onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button key={t.id} type="button" role="tab" id={`evidence-tab-${t.id}`} className="tab" aria-selected={t.id === tab} aria-controls={`evidence-panel-${t.id}`}
            tabIndex={t.id === tab ? 0 : -1} ref={(el) => { tabRefs.current[t.id] = el; }} onClick={() => setTab(t.id)}>
            {t.title} <span className="nav-count">{count[t.id]}</span>
          </button>
        ))}
      </div>
      <section className="tabpanel" role="tabpanel" id={`evidence-panel-${tab}`} aria-labelledby={`evidence-tab-${tab}`}>
        <h2 className="visually-hidden">{current.title}</h2>
        {tab === 'documents' ? <DocumentsEditor onRefused={onRefused} initialOpenId={initialTab === 'documents' ? initialOpenId : undefined} /> : null}
        {tab === 'interviews' ? <InterviewsEditor onRefused={onRefused} initialOpenId={initialTab === 'interviews' ? initialOpenId : undefined} /> : null}
        {tab === 'chronology' ? <ChronologyEditor initialOpenId={initialTab === 'chronology' ? initialOpenId : undefined} /> : null}
      </section>
    </>
  );
}
