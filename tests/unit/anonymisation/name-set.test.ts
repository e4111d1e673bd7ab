// The matcher against the measured set (tests/fixtures/name-set.json): names from Welsh, Irish,
// Polish, Yoruba, Igbo, Dutch and Arabic traditions, hyphenated double surnames, two given
// names, surnames first, possessives, titles, and names that are ordinary English words. Every
// name must be found, exactly as written; every ordinary sentence and every label must pass,
// except the few "hard" ones the set keeps to measure false positives honestly
// (scripts/name-set.ts prints those).
import { beforeAll, describe, expect, it } from 'vitest';
import type { NameMatcher } from '../../../shared/anonymisation/index.ts';
import { nameSet, setMatcher } from './name-set.ts';

let matcher: NameMatcher;
beforeAll(async () => {
  matcher = await setMatcher();
});

describe('the measured set', () => {
  it.each(nameSet.names.map((c) => [c.way, c] as const))('finds %s', (_way, c) => {
    expect(matcher.find(c.text).map((o) => o.found)).toEqual(c.found);
  });

  it.each(nameSet.ordinary.filter((c) => !c.hard).map((c) => [c.text] as const))('lets through "%s"', (text) => {
    expect(matcher.find(text)).toEqual([]);
  });

  it('keeps its people in several traditions and its hard cases explained', () => {
    expect(nameSet.people.length).toBeGreaterThanOrEqual(20);
    expect(nameSet.names.length).toBeGreaterThanOrEqual(100);
    expect(nameSet.ordinary.filter((c) => c.hard).every((c) => c.hard!.length > 10)).toBe(true);
  });
});
