// References and the texts that cite them (shared/citations/renumber.ts): a reference changed
// on its item offers to update the citations of the old one; "Renumber" numbers the documents
// (or interviews) 1 to n in their order with every citation updated. Either is one write of
// the casefile (saveTogether) and one step of the undo history.
import { useEffect, useState } from 'react';
import type { CaseEdit } from '../../../../shared/api.ts';
import { citingSummary, rewriteEdits, sequentialRenames, textsCiting } from '../../../../shared/citations/renumber.ts';
import { caseStore, saveTogether } from '../../app/session.ts';
import { useStore } from '../../app/store.ts';

type SourceList = 'evidence' | 'interviews';
const PREFIX: Record<SourceList, string> = { evidence: 'D', interviews: 'I' };
const NOUNS: Record<SourceList, [string, string]> = { evidence: ['document', 'documents'], interviews: ['interview', 'interviews'] };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Under an item's Reference field: once the reference has changed from what it was when the
 * item was opened and texts still cite the old one, the offer to update them.
 */
export function RenameOffer({ list, id }: { list: SourceList; id: string }) {
  const current = useStore(caseStore, (c) => (c?.[list] as { id: string; ref: string }[] | undefined)?.find((x) => x.id === id)?.ref ?? '');
  const [original, setOriginal] = useState(current);
  const [done, setDone] = useState<string | undefined>();
  const c = useStore(caseStore, (s) => s);
  // What was updated is said until the reference changes again.
  useEffect(() => setDone(undefined), [current]);
  const texts = c && original && current && current !== original ? textsCiting(c, new Map([[original, current]])) : [];
  const summary = citingSummary(texts);
  const update = () => {
    const now = caseStore.get();
    if (!now || !summary) return;
    const edits = rewriteEdits(now, textsCiting(now, new Map([[original, current]]))) as CaseEdit[];
    void saveTogether(`Updated ${plural(summary.references, 'citation', 'citations')} of ${original} to ${current}`, edits).then((r) => {
      if (!r.ok) return;
      setDone(`Updated ${plural(summary.references, 'citation', 'citations')} in ${plural(summary.texts, 'text', 'texts')} from ${original} to ${current}.`);
      setOriginal(current);
    });
  };
  return (
    <div role="status" className="rename-offer" data-testid="rename-offer">
      {summary ? (
        <>
          <span>{plural(summary.references, 'citation', 'citations')} in {plural(summary.texts, 'text', 'texts')} cite {original}.</span>{' '}
          <button type="button" className="button button--small" onClick={update}>Update them to {current}</button>
        </>
      ) : done ? <span>{done}</span> : null}
    </div>
  );
}

/** Numbers the list's references 1 to n in their order, updating every citation. */
export function RenumberButton({ list }: { list: SourceList }) {
  const refs = useStore(caseStore, (c) => ((c?.[list] ?? []) as { ref: string }[]).map((x) => x.ref).join('\n'));
  const [said, setSaid] = useState<string | undefined>();
  const prefix = PREFIX[list];
  const [one, many] = NOUNS[list];
  const all = refs ? refs.split('\n') : [];
  const renames = sequentialRenames(all, prefix);
  const renumber = () => {
    const c = caseStore.get();
    if (!c || !renames.size) return;
    const items = (c[list] ?? []) as { id: string; ref: string }[];
    const texts = textsCiting(c, renames);
    const cited = citingSummary(texts);
    const edits = [
      ...items.filter((x) => renames.has(x.ref)).map((x) => ({ collection: list, record: { ...x, ref: renames.get(x.ref)! } })),
      ...rewriteEdits(c, texts),
    ] as CaseEdit[];
    void saveTogether(`Renumbered the ${many}`, edits).then((r) => {
      if (r.ok) setSaid(`Renumbered ${plural(renames.size, one, many)}${cited ? `; ${plural(cited.references, 'citation', 'citations')} in ${plural(cited.texts, 'text', 'texts')} updated` : ''}.`);
    });
  };
  if (all.length < 2) return null;
  return (
    <>
      <button type="button" className="button" onClick={renumber} disabled={renames.size === 0}>Renumber {prefix}1 to {prefix}{all.length}</button>
      <span role="status" className="meta">{said}</span>
    </>
  );
}
