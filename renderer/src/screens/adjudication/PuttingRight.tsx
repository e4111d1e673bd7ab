// Putting things right: the apology (naming what went wrong), the remedy, any payment (a sum
// of its own, so that the letter states it: the Ombudsman's "symbolic payment"), and whether a
// meeting is offered to talk the response through.
import { useState } from 'react';
import { formatPounds, parsePounds } from '../../../../shared/follow-up/payment.ts';
import { caseStore } from '../../app/session.ts';
import { useStore } from '../../app/store.ts';
import { RadioGroup, TextField } from '../../components/fields.tsx';
import { saveAdjudication } from './save.ts';

const meetingOptions = [
  { value: 'yes', label: 'Yes, offer a meeting' },
  { value: 'no', label: 'No' },
] as const;

/** The amount as typed back into the field: "250", "99.50". */
const amountText = (amount: number | undefined) => (amount === undefined ? '' : Number.isInteger(amount) ? String(amount) : amount.toFixed(2));

export function PuttingRight() {
  const apology = useStore(caseStore, (c) => c?.adjudication?.apology ?? '');
  const remedy = useStore(caseStore, (c) => c?.adjudication?.remedy ?? '');
  const payment = useStore(caseStore, (c) => c?.adjudication?.payment);
  const meeting = useStore(caseStore, (c) => c?.adjudication?.meetingOffered);
  const faultFound = useStore(caseStore, (c) => (c?.findings ?? []).some((f) => f.outcome === 'upheld' || f.outcome === 'partially-upheld'));
  const [amountError, setAmountError] = useState<string | undefined>();

  const saveAmount = (typed: string) => {
    const read = parsePounds(typed);
    if (!read.ok) { setAmountError(read.message); return; }
    setAmountError(undefined);
    const current = caseStore.get()?.adjudication?.payment;
    saveAdjudication({ payment: read.amount === undefined ? undefined : { amount: read.amount, ...(current?.reason ? { reason: current.reason } : {}) } });
  };
  const saveReason = (reason: string) => {
    const current = caseStore.get()?.adjudication?.payment;
    if (current) saveAdjudication({ payment: { amount: current.amount, ...(reason.trim() ? { reason } : {}) } });
  };

  return (
    <section aria-labelledby="adjudication-right-h">
      <h2 id="adjudication-right-h">Apology and putting things right</h2>
      <TextField names={{ field: 'adjudication.apology' }} id="adjudication-apology" label="Apology" multiline value={apology} onSave={(v) => saveAdjudication({ apology: v })} testId="adjudication-apology" source="apology"
        hint={faultFound ? 'Fault was found: say sorry for what went wrong, naming it.' : 'Where fault was found, say sorry for what went wrong, naming it.'} />
      <TextField names={{ field: 'adjudication.remedy' }} id="adjudication-remedy" label="Remedy" multiline value={remedy} onSave={(v) => saveAdjudication({ remedy: v })} testId="adjudication-remedy" source="remedy"
        hint="What the council will do to put things right for the complainant, besides the action plan." />
      <div className="field-row">
        <TextField names={null} id="adjudication-payment-amount" label="Payment, in pounds (optional)" value={amountText(payment?.amount)} onSave={saveAmount} testId="adjudication-payment-amount"
          hint={payment ? `The letter says “The council will pay you ${formatPounds(payment.amount)} …”.` : 'Leave empty when there is no payment.'}
          {...(amountError ? { error: amountError } : {})} />
        <TextField names={{ field: 'adjudication.payment.reason' }} id="adjudication-payment-reason" label="What the payment is for" value={payment?.reason ?? ''} onSave={saveReason} disabled={!payment} testId="adjudication-payment-reason" source="payment, what it is for"
          hint={payment ? 'Continues the sentence, e.g. “in recognition of the delay at Stage 2”.' : 'Enter the amount first.'} />
      </div>
      <RadioGroup legend="Do you offer to meet the complainant to discuss this response?" name="adjudication-meeting"
        value={meeting === undefined ? undefined : meeting ? 'yes' : 'no'} options={meetingOptions}
        onChange={(v) => saveAdjudication({ meetingOffered: v === 'yes' })} />
    </section>
  );
}
