// The adjudication letter (domain.md "The documents"): from the adjudicating officer to the
// complainant, copied to any representative or advocate. It comes in two versions: the letter
// to send, named (addressed to the complainant's name and postal address, as it is posted),
// and an anonymised copy for the Independent Person, the review panel and the file, addressed
// by label with no address, and checked for names like every other anonymised document.
// Then: a decision on each point; the action plan with owners and dates, and the reasons for
// any recommendation not accepted in full; apology, remedy and any payment, an offer to meet;
// the right to a Stage 3 review panel with the actual last date; the Ombudsman's details (the
// last two live in the standard paragraphs).
import type { Block, DocumentModel, Run } from '../document/model.ts';
import { ACTION_DECISION_LABELS } from '../follow-up/action-plan.ts';
import { formatPounds } from '../follow-up/payment.ts';
import type { CaseData } from '../interchange/schema.ts';
import { cell, dateCell, label, nothingYet, para, plain, table } from './blocks.ts';
import { DocumentContext, capitalise, fullStop, joinAnd, OUTCOME_LABELS, isNoRecommendation, signatureLines, type BuildOptions } from './context.ts';


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

  // The letter to send is addressed to the complainant's name and postal address; the
  // anonymised copy to their label alone, and says what it is.
  const addressee = (): Block[] => {
    const out: Block[] = [];
    for (const id of data.complaint.complainantIds) {
      const p = ctx.people.get(id);
      if (!p) continue;
      const lines: Run[] = options.named
        ? [plain(p.name, 'addressee block, name'), ...(p.address ?? []).map((l, i) => plain(l, `addressee block, address line ${i + 1}`))]
        : [plain(p.label, 'addressee block, label')];
      for (const line of lines) out.push({ kind: 'paragraph', style: 'address', runs: [line] });
      out.push({ kind: 'paragraph', runs: [{ text: '' }] });
    }
    if (!out.length) return [nothingYet('No complainant has been recorded.')];
    const copyFor = ctx.procedureIsEngland ? 'the Independent Person, the review panel and the file' : 'the file';
    if (!options.named) out.push({ kind: 'paragraph', style: 'small', runs: [{ text: `Anonymised copy for ${copyFor}: people appear by their labels.`, italic: true }] });
    return out;
  };

  // "Dear Mrs Pryce-Jones," in the letter sent (the form of address recorded for each
  // complainant, else the full name, which readiness warns about); "Dear Ms A," in an
  // anonymised copy.
  const salutation = (): Block[] => {
    const greeted = data.complaint.complainantIds.flatMap((id) => {
      const p = ctx.people.get(id);
      return p ? [options.named ? p.addressAs?.trim() || p.name : p.label] : [];
    });
    return [para(plain(`Dear ${joinAnd(greeted) || 'Sir or Madam'},`, 'salutation'))];
  };

  const decisionBlocks = (): Block[] => {
    if (!ctx.inScope.length) return [nothingYet('No points of complaint have been recorded yet.')];
    return ctx.inScope.flatMap((p) => {
      const where = `point ${p.number}`;
      const d = decisions.get(p.id);
      const found = ctx.outcome(p.id);
      const runs: Run[] = [label(`Point ${p.number}: `, `${where}, number`), plain(p.summary, `${where}, summary`), plain(`${fullStop(p.summary)} `)];
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
    // Each recommendation the action answers, by its number and in its words: the letter is read without the report beside it.
    const recommendationCell = (ids: string[]): Run[] => ids.flatMap((id, i) => {
      const r = ctx.recommendations.find((x) => x.id === id);
      const lead = i ? [plain(' ')] : [];
      if (!r) return [...lead, label('?')];
      return [...lead, label(`${r.number}. `, `action plan, recommendation ${r.number}, number`), plain(r.text, `recommendation ${r.number}`)];
    });
    // Where the Investigating Officer made no recommendation on a point, the letter says why.
    const withReason = ctx.inScope.filter((p) => ctx.hasNoRecommendationReason(p.id));
    const noneBecause = withReason.length ? [
      para(plain(`The Investigating Officer made no recommendation on ${withReason.length === 1 ? 'point' : 'points'} ${joinAnd(withReason.map((p) => p.number))}, and gave ${withReason.length === 1 ? 'this reason' : 'these reasons'}:`)),
      ...withReason.flatMap((p) => ctx.noRecommendationBlocks(p, [label(`Point ${p.number}: `, `point ${p.number}, number`)])),
    ] : [];
    if (!actions.length) {
      const hasRecs = ctx.recommendations.some((r) => !isNoRecommendation(r));
      return [...(hasRecs ? ctx.placeholder('The action plan has not yet been recorded.') : [para(plain('The Investigating Officer made no recommendations.'))]), ...noneBecause];
    }
    // A declined recommendation has nothing to do, nobody to do it and no date.
    const declined = (a: (typeof actions)[number]) => a.decision === 'declined';
    // The decision leads the action ("Accepted. A procedure will be added..."): four columns leave the texts room to read.
    return [table('Action plan: the response to each recommendation', [['Recommendation', 0.4], ['Decision and action', 0.36], ['Owner', 0.12], ['By', 0.12]], actions.map((a) => [
      recommendationCell(a.recommendationIds),
      [label(`${ACTION_DECISION_LABELS[a.decision]}.`), ...(a.action.trim() ? [plain(' '), plain(a.action, `action plan, recommendation ${recNumbers(a.recommendationIds)}, action`)] : [])],
      cell(a.owner ?? (declined(a) ? 'Not applicable' : 'To be agreed'), `action plan, recommendation ${recNumbers(a.recommendationIds)}, owner`),
      dateCell(a.dueDate, declined(a) ? 'Not applicable' : 'To be agreed'),
    ])), ...reasonsShortOfAccepting(), ...noneBecause];
  };

  // Why a recommendation is accepted only in part, or declined: owed to the complainant in writing.
  const reasonsShortOfAccepting = (): Block[] => {
    const owed = (adj?.actions ?? []).filter((a) => a.decision !== 'accepted');
    if (!owed.length) return [];
    const recNumbers = (ids: string[]) => ids.map((id) => ctx.recommendations.find((r) => r.id === id)?.number ?? '?').join(', ');
    return [
      para(plain(owed.length === 1 ? 'Where I have not accepted a recommendation in full, this is why:' : 'Where I have not accepted a recommendation in full, these are my reasons:')),
      ...owed.flatMap((a) => {
        const numbers = recNumbers(a.recommendationIds);
        const what = numbers ? `Recommendation ${numbers}` : 'Further action';
        const lead = [label(`${what} (${ACTION_DECISION_LABELS[a.decision].toLowerCase()}): `, numbers ? `action plan, recommendation ${numbers}, number` : undefined)];
        return a.reasons?.trim()
          ? ctx.ledText(lead, a.reasons, `action plan, ${what.toLowerCase()}, reasons`)
          : [para(...lead, { text: 'No reasons are recorded.', italic: true })];
      }),
    ];
  };

  // The payment in the remedy, in a sentence of its own: "The council will pay you £250 in recognition of the delay."
  const payment = (): Block[] => {
    const p = adj?.payment;
    if (!p) return [];
    const reason = p.reason?.trim().replace(/[.\s]+$/, '');
    return [para(plain('The council will pay you '), plain(formatPounds(p.amount), 'payment'), ...(reason ? [plain(' '), plain(reason, 'payment, what it is for')] : []), plain('.'))];
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
    return [{ kind: 'paragraph', runs: [label('Copy to: '), ...runs], keepWithPrevious: true }];
  };

  const signature = (): Block[] => {
    const p = adj?.adjudicatorId ? ctx.people.get(adj.adjudicatorId) : undefined;
    // Kept together, and with the end of the letter before it: "Yours sincerely" never ends a page with the name on the next.
    return signatureLines([
      para(plain('Yours sincerely,')),
      { kind: 'paragraph', runs: [{ text: '' }] },
      { kind: 'paragraph', style: 'address', runs: [plain(p ? capitalise(ctx.person(p.id)) : 'The Adjudicating Officer', 'signature')] },
      { kind: 'paragraph', style: 'address', runs: [plain(p?.jobTitle ?? 'Adjudicating Officer', 'signature, job title')] },
      para(plain(data.authority.name, 'authority name')),
    ]);
  };

  const blocks = ctx.expand((name) => {
    switch (name) {
      case 'sender': return sender();
      case 'addressee': return addressee();
      case 'salutation': return salutation();
      case 'decisions': return decisionBlocks();
      case 'action-plan': return actionPlan();
      case 'payment': return payment();
      case 'copied-to': return copiedTo();
      case 'signature': return signature();
      default: return undefined;
    }
  }, title, subtitle);
  return ctx.model(title, blocks, `Stage 2 adjudication, ${data.authority.name}`);
}
