// The adjudication letter (domain.md "The documents"): from the adjudicating officer to the
// complainant, addressed by real name and address (always: it is posted), copied to any
// representative or advocate; a decision on each point; the action plan with owners and
// dates; apology, remedy, an offer to meet; the right to a Stage 3 review panel with the
// actual last date; the Ombudsman's details (the last two live in the standard paragraphs).
import { formatDate } from '../calendar/index.ts';
import type { Block, DocumentModel, Run } from '../document/model.ts';
import type { CaseData } from '../interchange/schema.ts';
import { cell, label, nothingYet, para, plain, table } from './blocks.ts';
import { DocumentContext, capitalise, joinAnd, OUTCOME_LABELS, isNoRecommendation, type BuildOptions } from './context.ts';

const ACTION_DECISIONS = { accepted: 'Accepted', 'partly-accepted': 'Partly accepted', declined: 'Declined' } as const;

export function buildAdjudicationLetter(data: CaseData, options: BuildOptions): DocumentModel {
  const ctx = new DocumentContext('adjudication-letter', data, options);
  const adj = data.adjudication;
  const title = ctx.titleFor('Adjudication letter');
  const subtitle = `${data.authority.name}`;
  const decisions = new Map((adj?.points ?? []).map((d) => [d.pointId, d]));
  const address = (text: string, extra: Partial<Extract<Block, { kind: 'paragraph' }>> = {}): Block => ({ kind: 'paragraph', style: 'address', runs: [plain(text, 'address')], ...extra });

  const sender = (): Block[] => {
    const lines = [data.authority.name, ...(data.authority.service ? [data.authority.service] : []), ...(data.authority.address ?? [])];
    const out: Block[] = lines.map((l) => address(l, { align: 'right' }));
    if (data.case.references?.authority) out.push(address(`Our reference: ${data.case.references.authority}`, { align: 'right' }));
    out.push({ kind: 'paragraph', style: 'normal', align: 'right', runs: [plain(ctx.date(adj?.date) ?? 'Date not yet set', 'letter date')] });
    return out;
  };

  // The addressee block is the one place a real name always appears: the letter is posted to it.
  const addressee = (): Block[] => {
    const out: Block[] = [];
    for (const id of data.complaint.complainantIds) {
      const p = ctx.people.get(id);
      if (!p) continue;
      for (const line of [p.name, ...(p.address ?? [])]) out.push({ kind: 'paragraph', style: 'address', addressee: true, runs: [{ text: line, source: 'addressee block' }] });
      out.push({ kind: 'paragraph', runs: [{ text: '' }] });
    }
    return out.length ? out : [nothingYet('No complainant has been recorded.')];
  };

  const salutation = (): Block[] => [para(plain(`Dear ${ctx.complainantRef},`, 'salutation'))];

  const decisionBlocks = (): Block[] => {
    if (!ctx.inScope.length) return [nothingYet('No points of complaint have been recorded yet.')];
    return ctx.inScope.flatMap((p) => {
      const where = `point ${p.number}`;
      const d = decisions.get(p.id);
      const found = ctx.outcome(p.id);
      const runs: Run[] = [label(`Point ${p.number}: `), plain(p.summary, `${where}, summary`), plain('. ')];
      runs.push(plain(`The Investigating Officer's finding: ${found.toLowerCase()}. `));
      if (!d) runs.push({ text: 'My decision on this point is not yet recorded.', italic: true });
      else if (d.decision === 'accept') runs.push(label('I accept this finding.'));
      else runs.push(label(`I have varied this finding to ${d.outcome ? OUTCOME_LABELS[d.outcome].toLowerCase() : 'a different outcome'}.`));
      return [para(...runs), ...ctx.longText(d?.reasons, `${where}, reasons for decision`)];
    });
  };

  const actionPlan = (): Block[] => {
    const actions = adj?.actions ?? [];
    const recNumbers = (ids: string[]) => ids.map((id) => ctx.recommendations.find((r) => r.id === id)?.number ?? '?').join(', ');
    // Where the Investigating Officer made no recommendation on a point, the letter says why.
    const withReason = ctx.inScope.filter((p) => ctx.hasNoRecommendationReason(p.id));
    const noneBecause = withReason.length ? [
      para(plain(`The Investigating Officer made no recommendation on ${withReason.length === 1 ? 'point' : 'points'} ${joinAnd(withReason.map((p) => p.number))}, and gave ${withReason.length === 1 ? 'this reason' : 'these reasons'}:`)),
      ...withReason.flatMap((p) => ctx.noRecommendationBlocks(p, [label(`Point ${p.number}: `)])),
    ] : [];
    if (!actions.length) {
      const hasRecs = ctx.recommendations.some((r) => !isNoRecommendation(r));
      return [nothingYet(hasRecs ? 'The action plan has not yet been recorded.' : 'The Investigating Officer made no recommendations.'), ...noneBecause];
    }
    return [table('Action plan: the response to each recommendation', [['Rec.', 0.07], ['Decision', 0.14], ['Action', 0.42], ['Owner', 0.2], ['By', 0.17]], actions.map((a) => [
      cell(recNumbers(a.recommendationIds), undefined, { bold: true }),
      cell(ACTION_DECISIONS[a.decision]),
      cell(a.action, `action plan, ${recNumbers(a.recommendationIds)}`),
      cell(a.owner ?? 'To be agreed', 'action plan, owner'),
      cell(a.dueDate ? formatDate(a.dueDate) : 'To be agreed'),
    ])), ...noneBecause];
  };

  const copiedTo = (): Block[] => {
    const ids = [...(data.complaint.representativeIds ?? []), ...data.people.filter((p) => p.role === 'advocate').map((p) => p.id)];
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    return [para(label('Copy to: '), plain(unique.map((id) => {
      const p = ctx.people.get(id);
      return `${ctx.person(id)}${p?.organisation ? `, ${p.organisation}` : ''}`;
    }).join('; '), 'copy list'))];
  };

  const signature = (): Block[] => {
    const p = adj?.adjudicatorId ? ctx.people.get(adj.adjudicatorId) : undefined;
    return [
      para(plain('Yours sincerely,')),
      { kind: 'paragraph', runs: [{ text: '' }] },
      { kind: 'paragraph', style: 'address', runs: [plain(p ? capitalise(ctx.person(p.id)) : 'The Adjudicating Officer', 'signature')] },
      { kind: 'paragraph', style: 'address', runs: [plain(p?.jobTitle ?? 'Adjudicating Officer', 'signature, job title')] },
      para(plain(data.authority.name)),
    ];
  };

  const blocks = ctx.expand((name) => {
    switch (name) {
      case 'sender': return sender();
      case 'addressee': return addressee();
      case 'salutation': return salutation();
      case 'decisions': return decisionBlocks();
      case 'action-plan': return actionPlan();
      case 'copied-to': return copiedTo();
      case 'signature': return signature();
      default: return undefined;
    }
  }, title, subtitle);
  return ctx.model(title, blocks, `Stage 2 adjudication, ${data.authority.name}`);
}
