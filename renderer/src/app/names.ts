// The names check in the app: one matcher for the case's people, shared by every field and the
// Documents screen, rebuilt only when the people change. The ordinary-word lists (about 430 kB,
// some 80 ms to read) load when the window is next idle after a casefile opens, so that they
// never hold up the first screen; until they arrive nothing is checked, rather than every name
// part being shown as found and then withdrawn.
import { useEffect, useMemo } from 'react';
import { loadOrdinaryWords, nameMatcher, type NameMatcher, type NotANameMark, type OrdinaryWords } from '../../../shared/anonymisation/index.ts';
import type { PersonData } from '../../../shared/interchange/schema.ts';
import { caseStore } from './session.ts';
import { createStore, useStore } from './store.ts';

const wordsStore = createStore<OrdinaryWords | undefined>(undefined);
let loading = false;

/** Starts loading the word lists, once, when the window is idle. */
export function loadNameCheck(): void {
  if (loading || wordsStore.get()) return;
  loading = true;
  const load = () => { loadOrdinaryWords().then((words) => wordsStore.set(words), () => { loading = false; }); };
  if (typeof window !== 'undefined' && 'requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 200);
}

const matchers = new WeakMap<readonly PersonData[], NameMatcher>();

function matcherFor(people: readonly PersonData[], words: OrdinaryWords): NameMatcher {
  let m = matchers.get(people);
  if (!m) matchers.set(people, (m = nameMatcher(people, words)));
  return m;
}

/** The matcher for the open case's people; undefined until the word lists have loaded. */
export function useNameMatcher(): NameMatcher | undefined {
  const people = useStore(caseStore, (c) => c?.people);
  const words = useStore(wordsStore, (w) => w);
  useEffect(loadNameCheck, []);
  return useMemo(() => (people && words ? matcherFor(people, words) : undefined), [people, words]);
}

const NO_MARKS: NotANameMark[] = [];

/** The open case's "not a name here" marks. */
export const useMarks = (): NotANameMark[] => useStore(caseStore, (c) => c?.anonymisation?.notNames ?? NO_MARKS);

/** The label a person is written as: what a found name is replaced with. */
export const useLabels = (): Map<string, string> => {
  const people = useStore(caseStore, (c) => c?.people);
  return useMemo(() => new Map((people ?? []).map((p) => [p.id, p.label])), [people]);
};
