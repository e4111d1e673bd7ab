// Schema version 4: what the adjudicating officer and the Director record that version 1 had
// no column for: a payment in the remedy, the reasons for an action short of acceptance, the
// Director's response to each panel recommendation with its reasons, and the date the Stage 2
// Independent Person was consulted on the panel's report (Regulation 20). Every column is an
// optional field of the case model under the column rule of records.ts, so NULL (absent) in
// every existing row.
import type { Migration } from './index.ts';

export default {
  version: 4,
  description: 'adjudication payment, action reasons, the Director\'s response to the panel, IP consulted',
  up: (db) => db.exec(`
    ALTER TABLE adjudication ADD COLUMN payment_json TEXT;
    ALTER TABLE adjudication_actions ADD COLUMN reasons TEXT;
    ALTER TABLE panel ADD COLUMN ip_consulted_date TEXT;
    ALTER TABLE panel_recommendations ADD COLUMN director_response TEXT;
    ALTER TABLE panel_recommendations ADD COLUMN director_reasons TEXT;
  `),
} satisfies Migration;
