// Readiness problems as the screens show them: what is wrong, for which document, and the
// place in the workspace where it is put right.
// INTERIM: until shared/readiness lands, the two checks of design.md section 6 that the
// screens need most are computed here; this file then only maps shared problems to places.
import type { DocumentKind } from '../../../shared/api.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import type { Place } from './navigation.ts';

export interface ScreenProblem {
  document: DocumentKind;
  severity: 'blocking' | 'warning';
  message: string;
  place: Place;
}

export function problemsFor(c: CaseData, document: DocumentKind): ScreenProblem[] {
  const problems: ScreenProblem[] = [];
  const inScope = c.statement.points.filter((p) => p.scope !== 'out');
  if (c.statement.points.length === 0) {
    problems.push({ document, severity: 'blocking', message: 'The Statement of Complaint has no points yet.', place: { screen: 'statement' } });
  }
  if (document === 'statement') return problems;
  const findings = new Map((c.findings ?? []).map((f) => [f.pointId, f]));
  for (const p of inScope) {
    const f = findings.get(p.id);
    if (!f) {
      problems.push({ document, severity: 'blocking', message: `Point ${p.number} has no finding.`, place: { screen: 'findings', pointId: p.id } });
    } else if ((f.outcome === 'upheld' || f.outcome === 'partially-upheld') && !(c.recommendations ?? []).some((r) => r.pointIds.includes(p.id))) {
      problems.push({ document, severity: 'warning', message: `Point ${p.number} is ${f.outcome === 'upheld' ? 'upheld' : 'partially upheld'} but has no recommendation.`, place: { screen: 'findings', pointId: p.id } });
    }
  }
  return problems;
}

/** The problems of every document, each once (the same missing finding blocks several documents). */
export function allProblems(c: CaseData): ScreenProblem[] {
  const seen = new Set<string>();
  const out: ScreenProblem[] = [];
  for (const kind of ['statement', 'io-report'] as const) {
    for (const p of problemsFor(c, kind)) {
      if (seen.has(p.message)) continue;
      seen.add(p.message);
      out.push(p);
    }
  }
  return out;
}
