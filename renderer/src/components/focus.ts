// Putting the keyboard on something that is about to appear: the fields of a record just
// added, or a button that moved with its record. The element exists only once the store's
// change has rendered, so the focus waits for it rather than being set in the click handler.
import { useCallback, useEffect, useState } from 'react';

interface Target {
  id: string;
  /** Scroll it to the middle of the window (a new item in a long list). */
  center: boolean;
}

/** Returns focusSoon(id): the element with that id gets the focus as soon as it is rendered. */
export function useFocusSoon(): (id: string, options?: { center?: boolean }) => void {
  const [target, setTarget] = useState<Target | undefined>();
  useEffect(() => {
    if (!target) return;
    const el = document.getElementById(target.id);
    if (!el) return;
    el.focus();
    if (target.center) el.scrollIntoView({ block: 'center' });
    setTarget(undefined);
  });
  return useCallback((id: string, options?: { center?: boolean }) => setTarget({ id, center: options?.center ?? false }), []);
}
