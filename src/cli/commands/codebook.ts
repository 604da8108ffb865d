/** `flipside codebook`: print every measure's metadata as Markdown (the source of docs/measures.md). */
import { measures } from '../../measures/index.ts';
import { renderCodebookMarkdown } from '../../measures/codebook.ts';

/** The codebook document. */
export function codebookCommand(): string {
  return renderCodebookMarkdown(measures);
}
