/** Counts in words: "1 post", "2 posts". Text of the report and of diagnostics, shared by every layer. */

/** `n` and the noun in the number it takes; `many` defaults to `one` with an s. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
