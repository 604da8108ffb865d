/**
 * Profile text with a known buzzword count: sentences of filler words with lexicon entries dropped
 * in. The planted buzzword_density is (entries placed) ÷ (tokens) × 100, counted as the text is built.
 */
import type { Rng } from '../random.ts';
import { FILLER_WORDS, PLANTABLE_BUZZWORDS } from './text.ts';

/** Tokens as the contract defines them: Unicode letter runs, apostrophes kept inside words. */
export function countTokens(text: string): number {
  if (/[@#/:\d]/.test(text)) throw new Error('planted profile text must hold no URL, handle, hashtag or digit');
  return (text.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []).length;
}

export interface PlantedText {
  readonly text: string;
  readonly buzzwords: number;
}

/** `fillerWords` filler tokens with `buzzwords` lexicon entries spread among them, as sentences. */
export function plantedText(rng: Rng, fillerWords: number, buzzwords: number): PlantedText {
  const items: string[] = [];
  for (let i = 0; i < fillerWords; i++) items.push(rng.pick(FILLER_WORDS));
  for (let i = 0; i < buzzwords; i++) items.splice(rng.int(0, items.length), 0, rng.pick(PLANTABLE_BUZZWORDS));
  const sentences: string[] = [];
  for (let i = 0; i < items.length; ) {
    const len = rng.int(6, 12);
    const words = items.slice(i, i + len);
    i += len;
    const s = words.join(' ');
    sentences.push(s.charAt(0).toUpperCase() + s.slice(1) + '.');
  }
  return { text: sentences.join(' '), buzzwords };
}
