// Adjudication: what the adjudicating officer decides after reading both reports, for the
// adjudication letter: who adjudicates and when (ending the Stage 2 clock), a decision on each
// point, the apology and remedy, the offer of a meeting, and the action plan.
import { AdjudicatingOfficer } from './AdjudicatingOfficer.tsx';
import { ActionPlan } from './ActionPlan.tsx';
import { PointDecisions } from './PointDecisions.tsx';
import { PuttingRight } from './PuttingRight.tsx';

export function AdjudicationScreen() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Adjudication</h1>
          <p>The adjudicating officer&apos;s response to the investigation: a decision on each point, the apology and remedy, and the action plan, for the adjudication letter.</p>
        </div>
      </div>
      <AdjudicatingOfficer />
      <PointDecisions />
      <PuttingRight />
      <ActionPlan />
    </>
  );
}
