/** The X sample archive writer: a spec in, the files of a real-format archive out. */
export type { XSampleConversation, XSampleLike, XSamplePerson, XSampleSpec, XSampleTweet, XWriteOptions } from './spec.ts';
export { writeXArchive } from './write.ts';
export { sampleXArchive, sampleXSpec } from './sample.ts';
export { sampleStatusId } from './tweets.ts';
export { oneToOneId } from './messages.ts';
export { dataJson, ytdFile } from './format.ts';
