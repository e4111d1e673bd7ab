// The Undo offer after a delete, and what an undo or redo did, in the status bar: a polite live
// region (always present, so that what appears in it is announced), whose Undo button can be
// reached with the keyboard (F6 or Tab to the status bar). The offer goes after a while, but
// not while the pointer or the keyboard is on it; Ctrl+Z undoes the same at any time.
import { useEffect, useRef, useState } from 'react';
import { historyStore, dismissOffer } from './undo.ts';
import { undo } from './session.ts';
import { useStore } from './store.ts';

export const OFFER_MS = 15_000;
const NOTICE_MS = 6_000;

export function UndoOffer() {
  const { offer, notice } = useStore(historyStore, (s) => s);
  const box = useRef<HTMLDivElement>(null);
  const [held, setHeld] = useState(false);
  const [noticeShown, setNoticeShown] = useState<number | undefined>();

  useEffect(() => {
    if (!offer || held) return undefined;
    const t = setTimeout(dismissOffer, OFFER_MS);
    return () => clearTimeout(t);
  }, [offer, held]);

  useEffect(() => {
    if (!notice) return undefined;
    setNoticeShown(notice.serial);
    const t = setTimeout(() => setNoticeShown(undefined), NOTICE_MS);
    return () => clearTimeout(t);
  }, [notice]);

  const hold = () => setHeld(true);
  const release = () => { if (!box.current?.contains(document.activeElement)) setHeld(false); };
  return (
    <div ref={box} className="undo-offer" role="status" data-testid="undo-offer"
      onFocus={hold} onBlur={() => setTimeout(release, 0)} onMouseEnter={hold} onMouseLeave={release}>
      {offer ? (
        <>
          <span>{offer.label}.</span>
          <button type="button" className="button button--small" onClick={() => void undo()}>Undo</button>
        </>
      ) : notice && noticeShown === notice.serial ? <span>{notice.text}</span> : null}
    </div>
  );
}
