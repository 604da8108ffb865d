/** Programmatic API of the platform-neutral core (named exports only). */
export { runAudit, type AuditInput, type AuditOutput } from './pipeline/audit.ts';
export type { AuditResult } from './pipeline/types.ts';
export { importers } from './importers/index.ts';
export { measures, computeFindings } from './measures/index.ts';
export { renderReportHtml, renderReportJson } from './report/index.ts';
export { createMemoryArchive, type MemoryFile } from './archive/memory.ts';
export type { Archive, ArchiveEntry } from './archive/types.ts';
export type { Ledger } from './model/types.ts';
