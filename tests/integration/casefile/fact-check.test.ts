// Fact-check rounds and comments in real encrypted casefiles: export(import(x)) gives back x,
// a casefile without them stays without them, each record is written and read back on its own,
// and a reference that would dangle is refused with the path of the field, leaving the
// casefile as it was.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCasefile, openCasefile } from '../../../electron/core/casefile/index.ts';
import type { CaseData, FactCheckCommentData, FactCheckRoundData } from '../../../shared/interchange/schema.ts';
import { removeTempDirs, sampleCase, tempDir } from './helpers/files.ts';

afterAll(removeTempDirs);

const PASSPHRASE = 'a long enough passphrase';
const round: FactCheckRoundData = {
  id: 'fc-1', sentDate: '2025-01-06', sentTo: 'Ruth Adeyemi, Complaints Manager', dueDate: '2025-01-20', draftSha256: 'a'.repeat(64),
};
const comments: FactCheckCommentData[] = [
  { id: 'fcc-1', roundId: 'fc-1', pointId: 'pt-2', paragraph: 24, text: 'SW1 replied on 9 May.', from: 'Team Manager', response: 'accepted', change: 'Paragraph 24 corrected.' },
  { id: 'fcc-2', roundId: 'fc-1', chapter: 'methodology', paragraph: 9, text: 'The IRO was not interviewed.', response: 'not-accepted', reason: 'See I4.' },
  { id: 'fcc-3', roundId: 'fc-2', paragraph: 3, text: 'A typo.' },
];

function withRounds(): CaseData {
  return {
    ...sampleCase(),
    factCheck: {
      rounds: [round, { id: 'fc-2', sentDate: '2025-02-03', sentTo: 'SW1, Social Worker', sentToId: 'p-sw', dueDate: '2025-02-17', closedDate: '2025-02-18', appendix: false }],
      comments,
    },
  };
}

describe('fact-check rounds in a casefile', () => {
  it('come back exactly: export(import(x)) is x, key order and all, after closing and reopening', () => {
    const data = withRounds();
    const path = join(tempDir(), 'rounds.casefile');
    createCasefile(path, PASSPHRASE, data).close();
    const casefile = openCasefile(path, PASSPHRASE);
    try {
      const back = casefile.readCase();
      expect(back).toStrictEqual(data);
      expect(JSON.stringify(back)).toBe(JSON.stringify(data));
      // And a case without them stays without them.
      casefile.replaceCase(sampleCase());
      expect(casefile.readCase()).not.toHaveProperty('factCheck');
    } finally {
      casefile.close();
    }
  });

  it('takes a round and its comments one by one, and refuses references that would dangle, changing nothing', () => {
    const path = join(tempDir(), 'edits.casefile');
    const casefile = createCasefile(path, PASSPHRASE, sampleCase());
    try {
      casefile.upsert('points', { id: 'pt-9', number: '9', summary: 'A point', detail: 'Its complaint' });
      casefile.upsert('factCheckRounds', round);
      const onNine = { ...comments[0]!, pointId: 'pt-9' };
      casefile.upsert('factCheckComments', onNine);
      expect(casefile.readCase().factCheck).toEqual({ rounds: [round], comments: [onNine] });
      const before = casefile.readCase();
      expect(() => casefile.upsert('factCheckComments', { ...comments[1], roundId: 'fc-9' })).toThrow(/factCheckComments\["fcc-2"\]\.roundId: unknown fact-check round "fc-9"/);
      expect(() => casefile.upsert('factCheckComments', { ...comments[1], paragraph: 0 })).toThrow(/factCheckComments\["fcc-2"\]\.paragraph/);
      expect(() => casefile.upsert('factCheckRounds', { ...round, id: 'fc-3', sentToId: 'p-nobody' })).toThrow(/sentToId: unknown person "p-nobody"/);
      // A round with comments, and a point a comment is about, cannot be removed from under them.
      expect(() => casefile.remove('factCheckRounds', 'fc-1')).toThrow(/cannot remove fact-check round "fc-1": still referenced by fact-check comment "fcc-1"/);
      expect(() => casefile.remove('points', 'pt-9')).toThrow(/cannot remove point "pt-9": still referenced by fact-check comment "fcc-1"$/);
      expect(casefile.readCase()).toStrictEqual(before);
      casefile.remove('factCheckComments', 'fcc-1');
      casefile.remove('factCheckRounds', 'fc-1');
      expect(casefile.readCase().factCheck).toEqual({ rounds: [], comments: [] });
    } finally {
      casefile.close();
    }
  });
});
