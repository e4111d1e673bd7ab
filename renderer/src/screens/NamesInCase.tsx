// The Documents screen's list of every name in the case's texts: each found name, grouped by
// the text it is in (a field of a point, a document examined, a chronology entry…), in its
// words around it, with the label to write instead and a link to the field on its screen;
// then the words marked "not a name here", each with its link and Undo. Anonymised documents
// are refused while a name is listed here (the leak check finds it again as they are built).
import { memo, useMemo } from 'react';
import { namesInCase, type FoundName } from '../../../shared/anonymisation/index.ts';
import type { CaseText } from '../../../shared/case-model/texts.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import type { Navigate } from '../app/navigation.ts';
import { useNameMatcher } from '../app/names.ts';
import { deleteRecord } from '../app/session.ts';
import { textPlace } from '../app/text-places.ts';
import { documentLabels } from '../format/labels.ts';

export type CaseNames = Array<FoundName & { text: CaseText }>;

/** Every name in the case's texts; undefined while the word lists load. */
export function useNamesInCase(c: CaseData | null): CaseNames | undefined {
  const matcher = useNameMatcher();
  return useMemo(() => (c && matcher ? namesInCase(c, matcher) : undefined), [c, matcher]);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function Context({ found }: { found: FoundName & { text: CaseText } }) {
  const { start, end } = found.occurrence;
  const text = found.text.text;
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - 30)) + 1);
  const cut = text.indexOf(' ', Math.min(text.length, end + 30));
  const to = cut === -1 ? text.length : cut;
  return (
    <span className="names-check-context">
      {from > 0 ? '…' : ''}{text.slice(from, start).replace(/\s+/g, ' ')}<mark>{text.slice(start, end)}</mark>{text.slice(end, to).replace(/\s+/g, ' ')}{to < text.length ? '…' : ''}
    </span>
  );
}

interface Group {
  text: CaseText;
  names: CaseNames;
}

function byText(names: CaseNames): Group[] {
  const groups = new Map<CaseText, Group>();
  for (const n of names) {
    let g = groups.get(n.text);
    if (!g) groups.set(n.text, (g = { text: n.text, names: [] }));
    g.names.push(n);
  }
  return [...groups.values()];
}

export const NamesInCase = memo(function NamesInCase({ c, names, navigate }: { c: CaseData; names: CaseNames | undefined; navigate: Navigate }) {
  const open = useMemo(() => byText((names ?? []).filter((n) => !n.mark)), [names]);
  const marked = useMemo(() => (names ?? []).filter((n) => n.mark), [names]);
  const placeLink = (text: CaseText) => {
    const place = textPlace(c, text.ref);
    const words = capitalise(text.place);
    return place
      ? <a href={`#${place.screen}`} onClick={(e) => { e.preventDefault(); navigate(place); }}>{words}</a>
      : <span>{words} <span className="meta">(no screen edits it yet: change it in the interchange file)</span></span>;
  };
  return (
    <section className="section" aria-labelledby="names-h" data-testid="names-in-case">
      <h2 id="names-h" tabIndex={-1}>Names in the case’s texts</h2>
      <p className="field-hint">Every text a document prints is checked for the names in the People register. Anonymised documents are made only when each name found is replaced by its label, or, where it is an ordinary word and not a name, marked “not a name here” where it is typed.</p>
      {names === undefined ? <p className="meta" role="status">Checking the texts…</p> : open.length === 0 ? (
        <p className="notice notice--ok" data-testid="no-names">No names found in the texts the documents print.</p>
      ) : (
        <ul className="names-list" data-testid="names-found">
          {open.map((g) => (
            <li key={`${g.text.ref.field} ${g.text.ref.recordId ?? ''} ${g.text.ref.item ?? ''}`}>
              <div className="names-list-place">{placeLink(g.text)} <span className="meta">· {g.text.documents.map((d) => documentLabels[d]).join(', ')}</span></div>
              <ul className="names-list-items">
                {g.names.map((n) => (
                  <li key={`${n.occurrence.wordIndex}`} data-testid="case-name">
                    <Context found={n} />
                    <span className="badge badge--warning">write {n.occurrence.label}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {marked.length ? (
        <>
          <h3>Marked “not a name here”</h3>
          <p className="field-hint">The leak check lets each of these through; the readiness of each document lists them for its reviewer. A mark lapses when its text changes.</p>
          <ul className="names-list names-list--marked" data-testid="names-marked">
            {marked.map((n) => (
              <li key={n.mark!.id} data-testid="case-name-marked">
                <div className="names-list-place">{placeLink(n.text)}</div>
                <div className="names-list-line">
                  <Context found={n} />
                  <button type="button" className="button button--small button--quiet" aria-label={`Undo “not a name here” for ‘${n.occurrence.found}’ in ${n.text.place}`}
                    onClick={() => void deleteRecord('notNames', n.mark!.id)}>Undo</button>
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
});
