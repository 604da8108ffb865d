import { describe, expect, it } from 'vitest';
import { createRng } from './random.ts';
import { createNameSource, inventedWord, isInventedWord, jobTitle } from './names.ts';
import { generateSpec } from './generate.ts';
import { fullName } from './spec.ts';
import { BUZZWORD_LEXICON } from './personas/text.ts';

const STEMS = /^(role|position|opportunit|opening|vacanc|hiring|recruit|interview|job|contract|freelance|consult|panel|podcast|collaborat|partner|advis|board|introduc|speak)/i;

describe('invented names', () => {
  it('builds every word from our syllables and never from a lexicon stem', () => {
    const r = createRng('names');
    for (let i = 0; i < 500; i++) {
      const w = inventedWord(r);
      expect(isInventedWord(w)).toBe(true);
      expect(STEMS.test(w)).toBe(false);
    }
  });

  it('rejects words that are not from the generator', () => {
    expect(isInventedWord('Smith')).toBe(false);
    expect(isInventedWord('Xx')).toBe(false);
  });

  it('never hands out the same full name twice', () => {
    const src = createNameSource(createRng(11));
    const seen = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      const n = src.person();
      const key = `${n.first} ${n.last}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });

  it('uses only generator names for every person of a persona, owner included', () => {
    for (const persona of ['broadcaster', 'connector', 'quiet-job-seeker']) {
      const spec = generateSpec({ persona, seed: 'names-check' });
      const people = [spec.owner, ...spec.connections.map((c) => c.person), ...spec.messages.map((m) => m.from)];
      for (const p of people) {
        expect(isInventedWord(p.first)).toBe(true);
        expect(isInventedWord(p.last)).toBe(true);
      }
      const names = new Set(spec.connections.map((c) => fullName(c.person)));
      expect(names.size).toBe(spec.connections.length);
      expect(names.has(fullName(spec.owner))).toBe(false);
    }
  });

  it('makes job titles without buzzwords', () => {
    const r = createRng(2);
    const singles = BUZZWORD_LEXICON.filter((b) => !b.includes(' '));
    for (let i = 0; i < 200; i++) {
      const words = jobTitle(r).toLowerCase().split(' ');
      for (const w of words) expect(singles).not.toContain(w);
    }
  });
});
