// "Ready" tells the truth (issue 10, item 5): what a complete document needs that the earlier
// checks let through. The IO report's own chapters; the letter's way to ask for a review panel;
// a response to every recommendation; a finding that rests on nothing in the record.
import { describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../../shared/api.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { checkReadiness, linkedToRecord, UNLINKED_FINDING } from '../../../shared/readiness/index.ts';
import { sample } from './helpers.ts';

const problems = (data: CaseData, kind: DocumentKind) => checkReadiness(data, kind).map((p) => `${p.severity} | ${p.place} | ${p.message} | ${p.path}`);

describe('the IO report\'s own chapters', () => {
  it('blocks on each empty required chapter, at its field, and not on an empty Background', () => {
    const data = sample();
    data.investigation = { introduction: '', methodology: ' \n ', background: '' };
    expect(problems(data, 'io-report')).toEqual([
      'blocking | IO report | the chapter "Introduction and commissioning" is not written | investigation.introduction',
      'blocking | IO report | the chapter "Methodology" is not written | investigation.methodology',
      'blocking | IO report | the chapter "Law, guidance and policy" is not written | investigation.legalFramework',
      'blocking | IO report | the chapter "Conclusions" is not written | investigation.conclusion',
    ]);
    // Only the IO report prints them.
    expect(checkReadiness(data, 'ip-report')).toEqual([]);
  });
});

describe('the letter\'s way to ask for a review panel', () => {
  const without = (): CaseData => {
    const data = sample();
    data.authority.complaintsManager = { name: 'Ruth Adeyemi' };
    data.authority.address = [' '];
    return data;
  };

  it('blocks the letter with a name and no email, telephone or address', () => {
    expect(problems(without(), 'adjudication-letter')).toEqual([
      "blocking | complaints manager | the letter cannot say how to ask for a review panel: record the complaints manager's email or telephone, or the council's address | authority.complaintsManager.email",
    ]);
  });

  it('is satisfied by any one of the email, the telephone or the council\'s address', () => {
    const email = without();
    email.authority.complaintsManager!.email = 'complaints@exampleton.example';
    const phone = without();
    phone.authority.complaintsManager!.phone = '020 7946 0000';
    const address = without();
    address.authority.address = ['1 Market Square', 'London E99 9XX'];
    for (const data of [email, phone, address]) expect(checkReadiness(data, 'adjudication-letter')).toEqual([]);
  });

  it('does not apply in Wales, where the letter has no Stage 3', () => {
    const data = without();
    data.case.procedure = 'wales-2014';
    expect(checkReadiness(data, 'adjudication-letter')).toEqual([]);
  });
});

describe('a finding that rests on nothing in the record', () => {
  /** The sample with point 3 linked to nothing: no evidence, interview or chronology entry, and no source cited. */
  const unlinked = (): CaseData => {
    const data = sample();
    for (const list of [data.evidence!, data.interviews!, data.chronology!]) for (const r of list) r.pointIds = r.pointIds.filter((id) => id !== 'pt-3');
    delete data.findings!.find((f) => f.pointId === 'pt-3')!.sourceIds;
    return data;
  };

  it('is a warning on the IO report, about the point, at the finding\'s sources', () => {
    const found = checkReadiness(unlinked(), 'io-report');
    expect(found.map((p) => [p.severity, p.place, p.message, p.path, p.pointId])).toEqual([['warning', 'point 3', UNLINKED_FINDING, 'findings[2].sourceIds', 'pt-3']]);
  });

  it('is not a warning once anything is linked: a document, an interview, a chronology entry or a cited source', () => {
    const links: ((d: CaseData) => void)[] = [
      (d) => d.evidence![0]!.pointIds.push('pt-3'),
      (d) => d.interviews![0]!.pointIds.push('pt-3'),
      (d) => d.chronology![0]!.pointIds.push('pt-3'),
      (d) => { d.findings!.find((f) => f.pointId === 'pt-3')!.sourceIds = ['e-1']; },
    ];
    for (const link of links) {
      const data = unlinked();
      expect(linkedToRecord(data, 'pt-3', data.findings!.find((f) => f.pointId === 'pt-3'))).toBe(false);
      link(data);
      expect(linkedToRecord(data, 'pt-3', data.findings!.find((f) => f.pointId === 'pt-3'))).toBe(true);
      expect(checkReadiness(data, 'io-report')).toEqual([]);
    }
  });
});
