// The Investigating Officer's report (domain.md "The documents"): the summary table of points
// and findings first, then introduction, desired outcomes, methodology, law and policy,
// background and chronology, each in-scope point (complaint, evidence, analysis, finding,
// recommendations), points outside the investigation, conclusions, and the appendices of
// documents examined and people interviewed (by label and role).
import { formatDate } from '../calendar/index.ts';
import type { Block, DocumentModel, Run } from '../document/model.ts';
import type { CaseData, PointData } from '../interchange/schema.ts';
import { cell, dateCell, fieldHeading, heading, label, nothingYet, para, plain, table } from './blocks.ts';
import { countWords, DocumentContext, fullStop, isNoRecommendation, signatureBlock, type BuildOptions } from './context.ts';
import { CHAPTER_LABELS, commentsOf, roundsInAppendix } from '../fact-check/index.ts';

const METHODS = { 'in-person': 'In person', phone: 'Telephone', video: 'Video call', written: 'Written questions' } as const;

export function summaryTable(ctx: DocumentContext): Block {
  const rows = ctx.inScope.map((p) => {
    const recs = ctx.recommendationsFor(p.id).filter((r) => !isNoRecommendation(r));
    return [
      cell(p.number, `point ${p.number}, number`, { bold: true }),
      cell(p.summary, `point ${p.number}, summary`),
      cell(ctx.outcome(p.id), undefined, { bold: true }),
      cell(recs.length ? recs.map((r) => r.number).join(', ') : ctx.hasNoRecommendationReason(p.id) ? 'None (reason given)' : 'None', `point ${p.number}, recommendation numbers`),
    ];
  });
  return table('Summary of the points of complaint and the findings', [['Point', 0.09], ['Complaint', 0.49], ['Finding', 0.2], ['Recommendations', 0.22]], rows);
}

export function buildIoReport(data: CaseData, options: BuildOptions): DocumentModel {
  const ctx = new DocumentContext('io-report', data, options);
  const title = ctx.titleFor("Investigating Officer's report");
  const subtitle = `An independent investigation for ${ctx.authorityInText}${data.case.references?.authority ? `, reference ${data.case.references.authority}` : ''}`;
  const interviews = data.interviews ?? [];
  const evidence = data.evidence ?? [];

  const desiredOutcomes = (): Block[] => {
    const items: Run[][] = ctx.inScope.filter((p) => p.desiredOutcome).map((p) => [label(`Point ${p.number}: `, `point ${p.number}, number`), plain(p.desiredOutcome!, `point ${p.number}, outcome sought`)]);
    // The template prints this part only when an outcome is recorded (points.outcomesSought).
    return items.length ? [{ kind: 'list', ordered: false, items }] : ctx.placeholder('No desired outcomes have been recorded.');
  };

  const peopleInterviewed = (): Block[] => {
    if (!interviews.length) return ctx.placeholder('No interviews have been recorded.');
    const items: Run[][] = interviews.map((i) => {
      const p = ctx.people.get(i.personId);
      return [
        plain(ctx.person(i.personId), `interview ${i.ref}, person`),
        ...(p ? [plain(', '), plain(ctx.roleOf(p), `interview ${i.ref}, role`)] : []),
        plain(' ('), plain(i.ref, `interview ${i.ref}, reference`), plain(`, ${formatDate(i.date)}, ${METHODS[i.method].toLowerCase()})`),
      ];
    });
    return [{ kind: 'list', ordered: false, items }];
  };

  const chronology = (): Block[] => {
    const entries = [...(data.chronology ?? [])].sort((a, b) => a.date.localeCompare(b.date));
    if (!entries.length) return [];
    return [table('Chronology of events', [['Date', 0.22], ['Event', 0.62], ['Source', 0.16]], entries.map((c) => [
      dateCell(c.date),
      cell(c.event, `chronology, ${formatDate(c.date)}`),
      cell(c.sourceIds.map((id) => ctx.evidence.get(id)?.ref ?? ctx.interviews.get(id)?.ref ?? '?').join(', '), `chronology, ${formatDate(c.date)}, sources`),
    ]))];
  };

  const point = (p: PointData): Block[] => {
    const where = `point ${p.number}`;
    const finding = ctx.findings.get(p.id);
    const out: Block[] = [fieldHeading(2, `Point ${p.number}: `, p.summary, `${where}, summary`)];
    out.push(heading(3, 'The complaint'));
    if (p.period?.trim()) out.push(para(label('Period: '), plain(p.period, `${where}, period`)));
    out.push(...ctx.longText(p.detail, `${where}, complaint`));
    if (p.desiredOutcome) out.push(para(label('Outcome sought: '), plain(p.desiredOutcome, `${where}, outcome sought`)));

    out.push(heading(3, 'The evidence'));
    const evidenceText = ctx.longText(finding?.evidence, `${where}, evidence`);
    out.push(...(evidenceText.length ? evidenceText : ctx.placeholder('No evidence has been summarised for this point yet.')));
    const cited = finding?.sourceIds?.length ? finding.sourceIds : [
      ...evidence.filter((e) => e.pointIds.includes(p.id)).map((e) => e.id),
      ...interviews.filter((i) => i.pointIds.includes(p.id)).map((i) => i.id),
    ];
    if (cited.length) {
      // A label: kept on the page where its list starts (shared/document/keep.ts).
      out.push({ kind: 'paragraph', runs: [label('Sources:')], keepWithNext: true });
      out.push({ kind: 'list', ordered: false, items: cited.map((id) => ctx.citeRuns(id)) });
    }

    out.push(heading(3, 'Analysis'));
    const analysis = ctx.longText(finding?.analysis, `${where}, analysis`);
    out.push(...(analysis.length ? analysis : ctx.placeholder('No analysis has been written for this point yet.')));

    out.push(heading(3, 'Finding'));
    // "Upheld. I uphold this point." as one paragraph: the outcome in bold leads the conclusion.
    const conclusion = ctx.longText(finding?.conclusion, `${where}, finding`);
    const first = conclusion[0];
    if (first?.kind === 'paragraph') conclusion[0] = { ...first, runs: [label(`${ctx.outcome(p.id)}. `), ...first.runs] };
    else conclusion.unshift(para(label(`${ctx.outcome(p.id)}.`)));
    out.push(...conclusion);

    out.push(heading(3, 'Recommendations'));
    const recs = ctx.recommendationsFor(p.id);
    const real = recs.filter((r) => !isNoRecommendation(r));
    if (real.length) {
      out.push({ kind: 'list', ordered: false, items: real.map((r) => recommendationRuns(ctx, r.id)) });
    }
    // The reason none is needed (the finding's field, or an older "No recommendation: ..." record).
    const reasons = ctx.noRecommendationBlocks(p);
    out.push(...reasons);
    if (!real.length && !reasons.length) out.push(para(plain('I make no recommendation on this point.')));
    return out;
  };

  const points = (): Block[] => (ctx.inScope.length ? ctx.inScope.flatMap(point) : [nothingYet('No points of complaint have been recorded yet.')]);

  const outOfScope = (): Block[] => {
    if (!ctx.outOfScope.length) return [para(plain('All the points of the agreed Statement of Complaint were investigated.'))];
    return [{
      kind: 'list', ordered: false,
      items: ctx.outOfScope.map((p) => [
        label(`Point ${p.number}: `, `point ${p.number}, number`), plain(p.summary, `point ${p.number}, summary`), plain(`${fullStop(p.summary)} `),
        plain(p.outOfScopeReason ?? 'No reason has been recorded.', `point ${p.number}, reason for exclusion`),
      ]),
    }];
  };

  const recommendations = (): Block[] => {
    const real = ctx.recommendations.filter((r) => !isNoRecommendation(r));
    if (!real.length) return [para(plain('I make no recommendations.'))];
    return [table('Recommendations, with their owners and target dates', [['No.', 0.07], ['Recommendation', 0.45], ['Point', 0.09], ['Owner', 0.21], ['By', 0.18]], real.map((r) => [
      cell(r.number, `recommendation ${r.number}, number`, { bold: true }),
      cell(r.text, `recommendation ${r.number}`),
      cell(ctx.pointNumbers(r.pointIds), `recommendation ${r.number}, points`),
      cell(r.owner ?? 'To be agreed', `recommendation ${r.number}, owner`),
      dateCell(r.dueDate, 'To be agreed'),
    ]))];
  };

  const evidenceAppendix = (): Block[] => {
    if (!evidence.length) return ctx.placeholder('No documents have been recorded.');
    return [table('Documents examined', [['Ref', 0.08], ['Document', 0.46], ['Date', 0.18], ['Source', 0.28]], evidence.map((e) => [
      cell(e.ref, `document ${e.ref}, reference`, { bold: true }),
      cell(e.title, `document ${e.ref}, title`),
      dateCell(e.date, 'Undated'),
      cell(e.source ?? '', `document ${e.ref}, source`),
    ]))];
  };

  const intervieweesAppendix = (): Block[] => {
    if (!interviews.length) return ctx.placeholder('No interviews have been recorded.');
    return [table(`People interviewed, by ${options.named ? 'name' : 'label'} and role`, [['Ref', 0.08], ['Person', 0.18], ['Role', 0.3], ['Date', 0.24], ['How', 0.2]], interviews.map((i) => {
      const p = ctx.people.get(i.personId);
      return [
        cell(i.ref, `interview ${i.ref}, reference`, { bold: true }),
        cell(ctx.person(i.personId), `interview ${i.ref}, person`),
        cell(p ? ctx.roleOf(p) : '', `interview ${i.ref}, role`),
        dateCell(i.date),
        cell(METHODS[i.method]),
      ];
    }))];
  };

  const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  // The fact-check round(s) the report was checked in, with each comment and the response to it.
  // Numbered after the appendices before it, as the template numbers those.
  const factCheckAppendix = (): Block[] => {
    const rounds = roundsInAppendix(data);
    if (!rounds.length) return [];
    const number = 1 + (evidence.length ? 1 : 0) + (interviews.length ? 1 : 0);
    const out: Block[] = [heading(1, `Appendix ${number}: The fact-check ${rounds.length > 1 ? 'rounds' : 'round'}`)];
    out.push(para(plain(`Before this report was finalised, a draft with numbered paragraphs was sent to the council to check matters of fact. ${rounds.length > 1 ? 'Each round is' : 'The round is'} listed below with the comments received and the Investigating Officer's response to each. Paragraph numbers are those of the draft.`)));
    const all = data.factCheck?.rounds ?? [];
    for (const round of rounds) {
      const name = `fact-check round ${all.indexOf(round) + 1}`;
      const comments = commentsOf(data, round.id);
      if (rounds.length > 1) out.push(heading(2, `Round ${all.indexOf(round) + 1}`));
      out.push(para(
        plain(`The draft was sent on ${formatDate(round.sentDate)} to `), plain(round.sentTo, `${name}, sent to`),
        plain(`, with comments due by ${formatDate(round.dueDate)}. `),
        plain(comments.length ? `${comments.length === 1 ? 'One comment was' : `${capital(countWords(comments.length))} comments were`} received.` : 'No comments were received.'),
      ));
      if (!comments.length) continue;
      out.push(table(`Comments received in ${name} and the responses`, [['Para.', 0.09], ['Where', 0.17], ['Comment', 0.37], ['Response', 0.37]], comments.map((m) => {
        const where = `${name}, comment on paragraph ${m.paragraph}`;
        const point = m.pointId ? data.statement.points.find((p) => p.id === m.pointId) : undefined;
        const comment: Run[] = [plain(m.text, where)];
        if (m.from?.trim()) comment.push(plain(' (from '), plain(m.from, `${where}, from`), plain(')'));
        const response: Run[] = m.response === 'accepted'
          ? [label('Accepted. '), plain(m.change ?? '', `${where}, what was changed`)]
          : m.response === 'not-accepted' ? [label('Not accepted. '), plain(m.reason ?? '', `${where}, reason not accepted`)]
            : [{ text: 'Not yet answered.', italic: true }];
        return [
          cell(String(m.paragraph), undefined, { bold: true }),
          cell(point ? `Point ${point.number}` : m.chapter ? CHAPTER_LABELS[m.chapter] : ''),
          comment,
          response,
        ];
      })));
    }
    return out;
  };

  const signature = (): Block[] => signatureBlock(ctx, ctx.firstOfRole('investigating-officer'), 'Investigating Officer');

  const blocks = ctx.expand((name) => {
    switch (name) {
      case 'summary-table': return ctx.inScope.length ? [summaryTable(ctx)] : [nothingYet('No points of complaint have been recorded yet.')];
      case 'desired-outcomes': return desiredOutcomes();
      case 'people-interviewed': return peopleInterviewed();
      case 'chronology': return chronology();
      case 'points': return points();
      case 'out-of-scope': return outOfScope();
      case 'recommendations': return recommendations();
      case 'evidence-appendix': return evidenceAppendix();
      case 'interviewees-appendix': return intervieweesAppendix();
      case 'fact-check-appendix': return factCheckAppendix();
      case 'signature': return signature();
      default: return undefined;
    }
  }, title, subtitle);
  return ctx.model(title, blocks, `Stage 2 investigation, ${data.authority.name}`);
}

export function recommendationRuns(ctx: DocumentContext, id: string): Run[] {
  const r = ctx.recommendations.find((x) => x.id === id)!;
  const runs: Run[] = [label(`Recommendation ${r.number}: `, `recommendation ${r.number}, number`), plain(r.text, `recommendation ${r.number}`)];
  // The owner is the user's text: a run of its own, so the leak check names it and a mark made on it applies.
  if (r.owner) runs.push(plain(' (Owner: '), plain(r.owner, `recommendation ${r.number}, owner`), plain(r.dueDate ? `, by ${formatDate(r.dueDate)})` : ')'));
  else if (r.dueDate) runs.push(plain(` (by ${formatDate(r.dueDate)})`));
  return runs;
}
