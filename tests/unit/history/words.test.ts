// The history in words, composed once for the app, the Overview and `impartial log`; and the
// warning for a copy older than, or different from, the one last opened on this computer.
import { describe, expect, it } from 'vitest';
import { changedValues, describeChange, entryWho, fieldWords, missingChangesWords, valueWords, whoWords } from '../../../shared/history/index.ts';
import { olderCopyWarning } from '../../../electron/core/service/history-seen.ts';
import { parseStoredSettings } from '../../../electron/core/service/stored-settings.ts';

describe('the history in words', () => {
  it('names fields as the user would', () => {
    expect(fieldWords('analysis')).toBe('analysis');
    expect(fieldWords('desiredOutcome')).toBe('desired outcome');
    expect(fieldWords('pointIds')).toBe('points');
    expect(fieldWords('stage2RequestDate')).toBe('Stage 2 request date');
    expect(fieldWords('noRecommendationReason')).toBe('reason for no recommendation');
  });

  it('says who: the name and the role, the role alone, or that it was not recorded', () => {
    expect(whoWords({ name: 'Jane Smith', role: 'investigating-officer' })).toBe('Jane Smith (Investigating Officer)');
    expect(whoWords({ role: 'independent-person' })).toBe('the Independent Person');
    expect(whoWords({ name: 'R. Patel' })).toBe('R. Patel');
    expect(whoWords(undefined)).toBe('not recorded');
    expect(entryWho({ action: 'history-start' })).toBe('Impartial');
  });

  it('says what changed', () => {
    expect(describeChange('updated', 'finding on point 2', ['analysis'])).toBe('updated finding on point 2: analysis');
    expect(describeChange('updated', 'evidence item D1', ['title', 'pointIds'])).toBe('updated evidence item D1: title, points');
    expect(describeChange('added', 'point 3')).toBe('added point 3');
    expect(describeChange('removed', 'the extension')).toBe('removed the extension');
  });

  it('shows values: text as it is, nothing as (empty), lists joined, files by name and size, ids by what they stand for', () => {
    expect(valueWords('Line one\nline two')).toBe('Line one\nline two');
    expect(valueWords(null)).toBe('(empty)');
    expect(valueWords([])).toBe('(none)');
    expect(valueWords(true)).toBe('yes');
    expect(valueWords({ fileName: 'letter.pdf', mediaType: 'application/pdf', size: 8, sha256: 'ab' })).toBe('letter.pdf, 8 bytes');
    expect(valueWords({ authority: 'HP-24-017', own: null })).toBe('authority: HP-24-017');
    const names = new Map([['pt-1', 'point 1'], ['e-2', 'D2']]);
    expect(changedValues({ fields: ['pointIds', 'title'], before: { pointIds: ['pt-1'], title: 'Old' }, after: { pointIds: ['pt-1', 'pt-9'], title: 'New' } }, (id) => names.get(id)))
      .toEqual([{ field: 'points', before: 'point 1', after: 'point 1, pt-9' }, { field: 'title', before: 'Old', after: 'New' }]);
    expect(changedValues({ after: { id: 'e-2', ref: 'D2' } })).toEqual([{ field: 'id', after: 'e-2' }, { field: 'reference', after: 'D2' }]);
  });
});

describe('a copy older than, or different from, the one last opened here', () => {
  const seen = { seq: 52, hash: 'b'.repeat(64), at: '2026-03-03T14:02:00.000Z' };
  const time = (iso: string) => `at ${iso.slice(11, 16)}`;

  it('says how many changes are missing, and since when', () => {
    expect(missingChangesWords(14, '2026-03-03T14:02:00.000Z', time)).toBe('14 changes made after at 14:02 are missing');
    expect(missingChangesWords(1, undefined, time)).toBe('1 change is missing');
    const warning = olderCopyWarning(seen, { seq: 38, hash: 'c'.repeat(64), at: '2026-03-01T09:00:00.000Z' }, () => undefined);
    expect(warning).toMatch(/^This casefile is older than the copy last opened on this computer: 14 changes made after 1 March 2026 \d\d:\d\d are missing\. Look for the newer copy before you change anything\.$/);
  });

  it('says a history that has gone another way differs', () => {
    const warning = olderCopyWarning(seen, { seq: 60, hash: 'd'.repeat(64) }, (seq) => (seq === 52 ? 'e'.repeat(64) : undefined));
    expect(warning).toMatch(/^This casefile's history differs from the copy last opened on this computer \(its change 52, made 3 March 2026 \d\d:\d\d\): the two copies have been changed separately\./);
  });

  it('says nothing of the same copy, a newer one, or a casefile never opened here', () => {
    expect(olderCopyWarning(seen, { seq: 52, hash: seen.hash }, () => seen.hash)).toBeUndefined();
    expect(olderCopyWarning(seen, { seq: 70, hash: 'f'.repeat(64) }, (seq) => (seq === 52 ? seen.hash : undefined))).toBeUndefined();
    expect(olderCopyWarning(undefined, { seq: 1, hash: 'a'.repeat(64) }, () => undefined)).toBeUndefined();
  });

  it('is remembered in a settings file that survives bad entries', () => {
    const settings = parseStoredSettings({ idleLockMinutes: 'x', userName: 'Jane', historySeen: { a: seen, b: { seq: -1, hash: 'x' }, c: 'nonsense' }, backupFolder: '' });
    expect(settings).toEqual({ idleLockMinutes: 10, userName: 'Jane', historySeen: { a: seen } });
    expect(parseStoredSettings(null)).toEqual({ idleLockMinutes: 10, userName: '', historySeen: {} });
  });
});
