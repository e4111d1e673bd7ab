// The Statement of Complaint (domain.md "The documents"): numbered points, each with the
// complainant's account and the outcome they want; excluded matters with the reason; the
// dates it was sent and agreed and how it was agreed.
import type { Block, DocumentModel } from '../document/model.ts';
import type { CaseData } from '../interchange/schema.ts';
import { fieldHeading, label, nothingYet, para, plain } from './blocks.ts';
import { DocumentContext, fullStop, type BuildOptions } from './context.ts';

export function buildStatement(data: CaseData, options: BuildOptions): DocumentModel {
  const ctx = new DocumentContext('statement', data, options);
  const title = ctx.titleFor('Statement of Complaint');
  const subtitle = `${data.authority.name}${data.authority.service ? `, ${data.authority.service}` : ''}`;

  const points = (): Block[] => {
    if (!ctx.inScope.length) return [nothingYet('No points of complaint have been recorded yet.')];
    const out: Block[] = [];
    for (const p of ctx.inScope) {
      const where = `point ${p.number}`;
      out.push(fieldHeading(2, `Point ${p.number}: `, p.summary, `${where}, summary`));
      if (p.period?.trim()) out.push(para(label('Period: '), plain(p.period, `${where}, period`)));
      out.push(...ctx.longText(p.detail, `${where}, complaint`));
      if (p.desiredOutcome) out.push(para(label('Outcome sought: '), plain(p.desiredOutcome, `${where}, outcome sought`)));
    }
    return out;
  };

  const excluded = (): Block[] => {
    if (!ctx.outOfScope.length) return [];
    return [{
      kind: 'list', ordered: false,
      items: ctx.outOfScope.map((p) => [
        label(`Point ${p.number}: `, `point ${p.number}, number`), plain(p.summary, `point ${p.number}, summary`),
        plain(`${fullStop(p.summary)} Reason: `), plain(p.outOfScopeReason ?? 'no reason recorded', `point ${p.number}, reason for exclusion`),
      ]),
    }];
  };

  const blocks = ctx.expand((name) => {
    switch (name) {
      case 'points': return points();
      case 'excluded': return excluded();
      default: return undefined;
    }
  }, title, subtitle);
  return ctx.model(title, blocks, `Stage 2 complaint, ${data.authority.name}`);
}
