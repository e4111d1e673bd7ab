// The Independent Person's report (domain.md "The documents"): whether the investigation was
// open, fair, thorough and objective; whether the IP saw the same evidence and took part in
// the interviews; agreement or disagreement with each finding, with reasons; comments on the
// recommendations.
import type { Block, DocumentModel } from '../document/model.ts';
import type { CaseData } from '../interchange/schema.ts';
import { cell, dateCell, fieldHeading, label, nothingYet, para, plain, table } from './blocks.ts';
import { DocumentContext, signatureBlock, type BuildOptions } from './context.ts';

const VIEWS = { agree: 'Agree', 'partly-agree': 'Partly agree', disagree: 'Disagree' } as const;
const VIEW_SENTENCES = {
  agree: 'I agree with the finding.',
  'partly-agree': 'I agree with the finding in part.',
  disagree: 'I do not agree with the finding.',
} as const;

export function buildIpReport(data: CaseData, options: BuildOptions): DocumentModel {
  const ctx = new DocumentContext('ip-report', data, options);
  const title = ctx.titleFor("Independent Person's report");
  const subtitle = `On the Stage 2 investigation for ${ctx.authorityInText}${data.case.references?.authority ? `, reference ${data.case.references.authority}` : ''}`;
  const views = new Map((data.ipReview?.points ?? []).map((v) => [v.pointId, v]));
  const ip = ctx.firstOfRole('independent-person');

  const summary = (): Block[] => {
    if (!ctx.inScope.length) return [nothingYet('No points of complaint have been recorded yet.')];
    return [table("The Investigating Officer's findings and the Independent Person's view", [['Point', 0.1], ['Complaint', 0.46], ['IO finding', 0.24], ['IP view', 0.2]], ctx.inScope.map((p) => {
      const v = views.get(p.id);
      return [cell(p.number, `point ${p.number}, number`, { bold: true }), cell(p.summary, `point ${p.number}, summary`), cell(ctx.outcome(p.id)), cell(v ? VIEWS[v.view] : 'Not recorded', undefined, { bold: true })];
    }))];
  };

  const points = (): Block[] => ctx.inScope.flatMap((p) => {
    const where = `point ${p.number}`;
    const v = views.get(p.id);
    const out: Block[] = [fieldHeading(2, `Point ${p.number}: `, p.summary, `${where}, summary`)];
    out.push(para(label("The Investigating Officer's finding: "), plain(`${ctx.outcome(p.id)}.`)));
    out.push(para(label('My view: '), plain(v ? VIEW_SENTENCES[v.view] : 'Not yet recorded.')));
    out.push(...ctx.longText(v?.comment, `${where}, IP comment`));
    return out;
  });

  const interviewsAttended = (): Block[] => {
    const interviews = data.interviews ?? [];
    if (!interviews.length) return ctx.placeholder('No interviews have been recorded.');
    return [table('Interviews and whether the Independent Person attended', [['Ref', 0.1], ['Person interviewed', 0.4], ['Date', 0.25], ['IP present', 0.25]], interviews.map((i) => [
      cell(i.ref, `interview ${i.ref}, reference`, { bold: true }),
      cell(ctx.person(i.personId), `interview ${i.ref}, person`),
      dateCell(i.date),
      cell(ip && i.attendeeIds.includes(ip.id) ? 'Yes' : 'No (record read)'),
    ]))];
  };

  const signature = (): Block[] => signatureBlock(ctx, ip, 'Independent Person');

  const blocks = ctx.expand((name) => {
    switch (name) {
      case 'summary-table': return summary();
      case 'ip-points': return points();
      case 'interviews-attended': return interviewsAttended();
      case 'signature': return signature();
      default: return undefined;
    }
  }, title, subtitle);
  return ctx.model(title, blocks, `Stage 2 investigation, ${data.authority.name}`);
}
