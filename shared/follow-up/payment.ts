// A payment in the remedy, in pounds: read from what the user types ("£1,250.50", "250") and
// written as a letter prints it ("£1,250.50", "£250"). The interchange format's rule for the
// amount (more than 0, whole pence) is the schema's; this only reads and writes the words.
import { Payment } from '../interchange/schema.ts';

const GBP = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const WHOLE_GBP = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

/** "£250", "£99.50", "£1,250": whole pounds without pence, as letters write them. */
export function formatPounds(amount: number): string {
  return Number.isInteger(amount) ? WHOLE_GBP.format(amount) : GBP.format(amount);
}

/** The amount typed, in pounds, or a one-line reason it is not one. Blank is no payment. */
export function parsePounds(typed: string): { ok: true; amount: number | undefined } | { ok: false; message: string } {
  const text = typed.trim().replace(/^£\s*/, '').replace(/,(?=\d{3}(\D|$))/g, '');
  if (text === '') return { ok: true, amount: undefined };
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return { ok: false, message: 'Enter the amount in pounds, such as 250 or 99.50.' };
  const amount = Number(text);
  const checked = Payment.shape.amount.safeParse(amount);
  if (!checked.success) return { ok: false, message: `The amount ${checked.error.issues[0]?.message ?? 'is not allowed'}.` };
  return { ok: true, amount };
}
