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
  const address = (text: string, source: string, extra: Partial<Extract<Block, { kind: 'paragraph' }>> = {}): Block => ({ kind: 'paragraph', style: 'address', runs: [plain(text, source)], ...extra });

  const sender = (): Block[] => {
    const lines: [string, string][] = [
      [data.authority.name, 'authority name'],
      ...(data.authority.service ? [[data.authority.service, 'authority service'] as [string, string]] : []),
      ...(data.authority.address ?? []).map((l, i): [string, string] => [l, `authority address, line ${i + 1}`]),
    ];
    const out: Block[] = lines.map(([l, source]) => address(l, source, { align: 'right' }));
    if (data.case.references?.authority) out.push(address(`Our reference: ${data.case.references.authority}`, "authority's reference", { align: 'right' }));
    out.push({ kind: 'paragraph', style: 'normal', align: 'right', runs: [plain(ctx.printedDate() ?? 'Date not yet set', 'letter date')] });
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
      const runs: Run[] = [label(`Point ${p.number}: `, `${where}, number`), plain(p.summary, `${where}, summary`), plain('. ')];
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
      ...withReason.flatMap((p) => ctx.noRecommendationBlocks(p, [label(`Point ${p.number}: `, `point ${p.number}, number`)])),
    ] : [];
    if (!actions.length) {
      const hasRecs = ctx.recommendations.some((r) => !isNoRecommendation(r));
      return [nothingYet(hasRecs ? 'The action plan has not yet been recorded.' : 'The Investigating Officer made no recommendations.'), ...noneBecause];
    }
    return [table('Action plan: the response to each recommendation', [['Rec.', 0.07], ['Decision', 0.14], ['Action', 0.42], ['Owner', 0.2], ['By', 0.17]], actions.map((a) => [
      cell(recNumbers(a.recommendationIds), `action plan, recommendation ${recNumbers(a.recommendationIds)}, number`, { bold: true }),
      cell(ACTION_DECISIONS[a.decision]),
      cell(a.action, `action plan, recommendation ${recNumbers(a.recommendationIds)}, action`),
      cell(a.owner ?? 'To be agreed', `action plan, recommendation ${recNumbers(a.recommendationIds)}, owner`),
      cell(a.dueDate ? formatDate(a.dueDate) : 'To be agreed'),
    ])), ...noneBecause];
  };

  const copiedTo = (): Block[] => {
    const ids = [...(data.complaint.representativeIds ?? []), ...data.people.filter((p) => p.role === 'advocate').map((p) => p.id)];
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    // Each label and organisation a run of its own, so the leak check names the field a name came from.
    const runs = unique.flatMap((id, i): Run[] => {
      const p = ctx.people.get(id);
      return [
        ...(i ? [plain('; ')] : []),
        plain(ctx.person(id), 'copy list'),
        ...(p?.organisation ? [plain(', '), plain(p.organisation, `organisation of ${ctx.person(id)}`)] : []),
      ];
    });
    return [para(label('Copy to: '), ...runs)];
  };

  const signature = (): Block[] => {
    const p = adj?.adjudicatorId ? ctx.people.get(adj.adjudicatorId) : undefined;
    return [
      para(plain('Yours sincerely,')),
      { kind: 'paragraph', runs: [{ text: '' }] },
      { kind: 'paragraph', style: 'address', runs: [plain(p ? capitalise(ctx.person(p.id)) : 'The Adjudicating Officer', 'signature')] },
      { kind: 'paragraph', style: 'address', runs: [plain(p?.jobTitle ?? 'Adjudicating Officer', 'signature, job title')] },
      para(plain(data.authority.name, 'authority name')),
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
