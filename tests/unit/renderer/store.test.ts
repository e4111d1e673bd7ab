// The renderer's store: subscribers hear each change once, and an unchanged value is no change.
import { describe, expect, it } from 'vitest';
import { createStore } from '../../../renderer/src/app/store.ts';

describe('createStore', () => {
  it('notifies subscribers of a new value and not of the same one', () => {
    const store = createStore({ n: 1 });
    let calls = 0;
    const unsubscribe = store.subscribe(() => { calls += 1; });
    const same = store.get();
    store.set(same);
    expect(calls).toBe(0);
    store.update((s) => ({ n: s.n + 1 }));
    expect(calls).toBe(1);
    expect(store.get().n).toBe(2);
    unsubscribe();
    store.set({ n: 3 });
    expect(calls).toBe(1);
  });
});
