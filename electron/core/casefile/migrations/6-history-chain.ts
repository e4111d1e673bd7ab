// Schema version 6: the history chained by hash (history-chain.ts), and an id for the casefile.
//
// Each row of the audit trail now says who made the change, the record as the user names it,
// which fields changed and their values before and after, and carries its hash and the hash of
// the row before. Rows written before this version have none of that: they are sealed into the
// chain as they are, in order, and a row saying so starts the chained history (`impartial log`
// shows it). The casefile id is random and names the casefile wherever its title must not (its
// backup folder, the history this computer last saw of it); a copy made by a backup keeps it.
import { randomUUID } from 'node:crypto';
import type { Migration } from './index.ts';
import { formatHead, GENESIS_HASH, HEAD_KEY, rowHash, type AuditRow } from '../history-chain.ts';

const SQL = `
ALTER TABLE audit_trail ADD COLUMN who_name TEXT;
ALTER TABLE audit_trail ADD COLUMN who_role TEXT;
ALTER TABLE audit_trail ADD COLUMN record_label TEXT;
ALTER TABLE audit_trail ADD COLUMN fields_json TEXT;
ALTER TABLE audit_trail ADD COLUMN before_json TEXT;
ALTER TABLE audit_trail ADD COLUMN after_json TEXT;
ALTER TABLE audit_trail ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_trail ADD COLUMN hash TEXT;
CREATE INDEX audit_trail_record ON audit_trail (collection, record_id);
`;

export default {
  version: 6,
  description: 'audit trail: who, the record, before and after values, chained by hash; a casefile id',
  up: (db) => {
    db.exec(SQL);
    db.prepare("INSERT INTO meta (key, value) VALUES ('casefile_id', ?) ON CONFLICT (key) DO NOTHING").run(randomUUID());
    const rows = db.prepare('SELECT * FROM audit_trail ORDER BY id').all() as AuditRow[];
    if (rows.length === 0) return;
    const seal = db.prepare('UPDATE audit_trail SET prev_hash = ?, hash = ? WHERE id = ?');
    let prev = GENESIS_HASH;
    for (const row of rows) {
      const hash = rowHash(row, prev);
      seal.run(prev, hash, row.id);
      prev = hash;
    }
    const last = rows[rows.length - 1]!;
    const start: Omit<AuditRow, 'hash' | 'prev_hash'> = {
      id: last.id + 1,
      at: new Date().toISOString(),
      who_name: null,
      who_role: null,
      action: 'history-start',
      collection: null,
      record_id: null,
      record_label: null,
      summary: `started the chained history: the ${rows.length === 1 ? 'change' : `${rows.length} changes`} before this one ${rows.length === 1 ? 'was' : 'were'} recorded without who made ${rows.length === 1 ? 'it' : 'them'} or the values changed, and ${rows.length === 1 ? 'is' : 'are'} sealed into the chain as ${rows.length === 1 ? 'it was' : 'they were'}`,
      fields_json: null,
      before_json: null,
      after_json: null,
    };
    const hash = rowHash(start, prev);
    db.prepare(`INSERT INTO audit_trail (id, at, who_name, who_role, action, collection, record_id, record_label, summary, fields_json, before_json, after_json, prev_hash, hash)
      VALUES (@id, @at, @who_name, @who_role, @action, @collection, @record_id, @record_label, @summary, @fields_json, @before_json, @after_json, @prev_hash, @hash)`)
      .run({ ...start, prev_hash: prev, hash });
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(HEAD_KEY, formatHead({ seq: start.id, hash }));
  },
} satisfies Migration;
