// The casefile store (docs/contracts/design.md section 2): one encrypted SQLite file per investigation.
export { createCasefile, openCasefile, openCasefileAsync, restoreBackup, verifyCasefileAt, type OpenCasefileOptions } from './lifecycle.ts';
export type { CasefileNotice } from './journal-check.ts';
export { Casefile, FORMAT_VERSION, type CasefileActor, type CasefileInfo } from './casefile.ts';
export { BackupFailedError, type BackupResult } from './backup.ts';
export type { HistoryHead } from './history-chain.ts';
export type { AuditEntry } from './audit.ts';
export type { VerifyResult } from './verify.ts';
export { SCHEMA_VERSION } from './migrations/index.ts';
export { collectionNames, sectionNames, type CollectionName, type SectionName } from './records.ts';
export { placeholderCase, PLACEHOLDER_AUTHORITY } from './placeholder.ts';
export { validateCase } from './import-case.ts';
export * from './errors.ts';
