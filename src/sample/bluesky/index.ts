/** The Bluesky sample writer: a spec → a repository CAR in the real export's format, and a ready-made archive. */
export type { BlueskySpec, BlueskyPostSpec, PostRef } from './spec.ts';
export { writeBlueskyCar, writeBlueskyExport, repositoryBlocks, type BlueskyWriteOptions } from './writer.ts';
export { sampleBlueskyArchive, sampleBlueskySpec } from './sample.ts';
