// export(import(x)) deep-equals x, on real files: the sample case, the large generated case,
// and the large case with attachments exported --with-attachments.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCasefile, openCasefile } from '../../../electron/core/casefile/index.ts';
import type { CaseData, PointData } from '../../../shared/interchange/schema.ts';
import { generateLargeCase } from '../../fixtures/large-case.ts';
import { removeTempDirs, sampleCase, tempDir } from './helpers/files.ts';

afterAll(removeTempDirs);

function withoutAttachmentData(c: CaseData): CaseData {
  const copy = structuredClone(c);
  for (const e of copy.evidence ?? []) if (e.attachment) delete e.attachment.data;
  return copy;
}

describe('casefile round trip', () => {
  it('gives back the sample case exactly, after closing and reopening', () => {
    const path = join(tempDir(), 'sample.casefile');
    createCasefile(path, 'correct horse', sampleCase()).close();
    const casefile = openCasefile(path, 'correct horse');
    expect(casefile.readCase()).toStrictEqual(sampleCase());
    casefile.close();
  });

  it('gives back the large case exactly, in the same order', () => {
    const large = generateLargeCase();
    const path = join(tempDir(), 'large.casefile');
    createCasefile(path, 'pw', large).close();
    const casefile = openCasefile(path, 'pw');
    const back = casefile.readCase();
    expect(back).toStrictEqual(large);
    expect(back.chronology!.map((c) => c.id)).toEqual(large.chronology!.map((c) => c.id));
    expect(JSON.stringify(back)).toBe(JSON.stringify(large));
    casefile.close();
  });

  it('keeps attachments byte for byte: with --with-attachments they come back with their data, without it only their metadata', () => {
    const large = generateLargeCase({ attachments: true });
    const path = join(tempDir(), 'attached.casefile');
    const casefile = createCasefile(path, 'pw', large);
    expect(casefile.readCase({ withAttachments: true })).toStrictEqual(large);
    expect(casefile.readCase()).toStrictEqual(withoutAttachmentData(large));
    expect(casefile.info().attachments).toBe(40);
    const first = large.evidence![0]!;
    expect(casefile.readAttachment(first.id)).toEqual(Buffer.from(first.attachment!.data!, 'base64'));
    casefile.close();
  });

  it('keeps the files it holds when an export without attachments is imported back', () => {
    const large = generateLargeCase({ attachments: true });
    const casefile = createCasefile(join(tempDir(), 'reimport.casefile'), 'pw', large);
    casefile.replaceCase(casefile.readCase());
    expect(casefile.readCase({ withAttachments: true })).toStrictEqual(large);
    casefile.close();
  });

  it('keeps the period of a point and the reason a finding needs no recommendation, and leaves them absent when absent', () => {
    const data = sampleCase();
    // In interchange order (after `detail`), so that the JSON text comes back the same too.
    const withPeriod = ({ id, number, summary, detail, ...rest }: PointData, period: string): PointData => ({ id, number, summary, detail, period, ...rest });
    data.statement.points[0] = withPeriod(data.statement.points[0]!, 'April to May 2024');
    data.statement.points[4] = withPeriod(data.statement.points[4]!, '');
    const finding = data.findings!.find((f) => f.pointId === 'pt-4')!;
    finding.noRecommendationReason = 'The assessment was corrected during the investigation.\n\nNothing further is needed.';
    data.recommendations = data.recommendations!.filter((r) => !r.pointIds.includes('pt-4'));
    data.adjudication!.actions = data.adjudication!.actions.map((a) => ({ ...a, recommendationIds: a.recommendationIds.filter((id) => data.recommendations!.some((r) => r.id === id)) }))
      .filter((a) => a.recommendationIds.length > 0);
    const path = join(tempDir(), 'fields.casefile');
    createCasefile(path, 'pw', data).close();
    const casefile = openCasefile(path, 'pw');
    const back = casefile.readCase();
    expect(back).toStrictEqual(data);
    expect(JSON.stringify(back)).toBe(JSON.stringify(data));
    expect(back.statement.points[1]).not.toHaveProperty('period');
    expect(back.findings![0]).not.toHaveProperty('noRecommendationReason');
    casefile.close();
  });

  it("keeps the adjudication's payment and action reasons, the Director's response and the IP's consultation, and leaves them absent when absent", () => {
    const data = sampleCase();
    // In interchange order, so that the JSON text comes back the same too.
    const { adjudicatorId, date, apology, meetingOffered, points, actions } = data.adjudication!;
    data.adjudication = {
      adjudicatorId, date, apology, remedy: 'The assessment will be corrected.', payment: { amount: 250.5, reason: 'in recognition of the delay' }, meetingOffered, points,
      actions: actions.map(({ id, recommendationIds, decision, ...rest }, i) => (i === 1
        ? { id, recommendationIds, decision: 'declined' as const, reasons: 'Cover is already named by the duty system.\n\nA second list would confuse parents.', ...rest }
        : { id, recommendationIds, decision, ...rest })),
    };
    data.panel = {
      requestDate: '2025-01-20', meetingDate: '2025-02-03', reportDate: '2025-02-07', directorResponseDate: '2025-02-25', ipConsultedDate: '2025-02-20',
      memberIds: ['p-tm'], attendeeIds: [], points: [{ pointId: 'pt-3', view: 'The notice was too short.' }],
      recommendations: [
        { id: 'prec-1', number: '1', text: 'Ten working days notice.', pointIds: ['pt-3'], directorResponse: 'not-accepted', directorReasons: 'Five days is the national standard.' },
        { id: 'prec-2', number: '2', text: 'An apology.', pointIds: [], directorResponse: 'accepted' },
        { id: 'prec-3', number: '3', text: 'A review.', pointIds: [] },
      ],
    };
    const path = join(tempDir(), 'adjudication.casefile');
    createCasefile(path, 'pw', data).close();
    const casefile = openCasefile(path, 'pw');
    const back = casefile.readCase();
    expect(back).toStrictEqual(data);
    expect(JSON.stringify(back)).toBe(JSON.stringify(data));
    expect(back.adjudication!.actions[0]).not.toHaveProperty('reasons');
    expect(back.panel!.recommendations[2]).not.toHaveProperty('directorResponse');
    expect(back.panel!.recommendations[2]).not.toHaveProperty('directorReasons');
    casefile.close();
  });

  it('keeps an optional list absent when it was absent, and empty when it was empty', () => {
    const minimal = sampleCase();
    delete minimal.evidence;
    delete minimal.findings;
    minimal.interviews = [];
    delete minimal.ipReview;
    delete minimal.adjudication;
    minimal.chronology = minimal.chronology!.map((c) => ({ ...c, sourceIds: [] }));
    const casefile = createCasefile(join(tempDir(), 'minimal.casefile'), 'pw', minimal);
    expect(casefile.readCase()).toStrictEqual(minimal);
    casefile.close();
  });

  it('creates a placeholder case titled after the file when given no data', () => {
    const casefile = createCasefile(join(tempDir(), 'Smith review.casefile'), 'pw');
    const c = casefile.readCase();
    expect(c.case.title).toBe('Smith review');
    expect(c.statement.points).toEqual([]);
    expect(casefile.verify()).toEqual({ ok: true, problems: [] });
    casefile.close();
  });
});
