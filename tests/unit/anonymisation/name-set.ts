// The measured set of tests/fixtures/name-set.json, typed, with the word list loaded once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadOrdinaryWords, nameMatcher, type NameMatcher, type OrdinaryWords } from '../../../shared/anonymisation/index.ts';
import type { PersonData } from '../../../shared/interchange/schema.ts';

export interface NameSet {
  people: PersonData[];
  names: { text: string; found: string[]; way: string }[];
  ordinary: { text: string; hard?: string }[];
}

export const nameSet = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/name-set.json'), 'utf8')) as NameSet;

let words: OrdinaryWords | undefined;
export async function ordinaryWords(): Promise<OrdinaryWords> {
  return (words ??= await loadOrdinaryWords());
}

export async function setMatcher(): Promise<NameMatcher> {
  return nameMatcher(nameSet.people, await ordinaryWords());
}
