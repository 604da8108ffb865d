import { describe, expect, it } from 'vitest';
import { tensions } from './tensions.ts';
import { at, ctxOf, makeLedger } from './_lib/test-ledger.ts';
import { computeFindings, measures } from './index.ts';
import { insufficient } from './measure.ts';

describe('measure registry', () => {
  it('holds every indicator of CODEBOOK section 3 (T1.1 to T5.6) once, with unique ids', () => {
    const ids = measures.map((m) => m.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sections = measures.map((m) => m.meta.codebook).sort();
    const expected = [1, 2, 3, 4, 5].flatMap((t) => [1, 2, 3, 4, 5, 6].map((i) => `T${t}.${i}`));
    expect(sections).toEqual(expected);
  });
  it('is in report order: by tension, then side', () => {
    const order = measures.map((m) => {
      const ti = tensions.findIndex((t) => t.id === m.meta.tension);
      const si = (tensions[ti]?.sides as readonly string[]).indexOf(m.meta.side);
      expect(si).toBeGreaterThanOrEqual(0);
      return ti * 10 + si;
    });
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
  it('gives every measure complete metadata', () => {
    for (const m of measures) {
      expect(m.meta.title.length).toBeGreaterThan(5);
      expect(m.meta.definition.length).toBeGreaterThan(20);
      expect(m.meta.caveat.length).toBeGreaterThan(10);
      expect(m.meta.question.endsWith('?')).toBe(true);
      expect(m.meta.codebook).toMatch(/^T[1-5]\.\d$/);
      expect(m.meta.references.length).toBeGreaterThan(0);
      expect(m.meta.platforms.length).toBeGreaterThan(0);
    }
  });
  it('on an empty ledger reports every measure as not available, never as zero', () => {
    const findings = computeFindings(ctxOf(makeLedger(), at('2024-06-30')));
    expect(findings.map((f) => f.result.status)).toEqual(Array(measures.length).fill('not-available'));
  });
  it('is deterministic: the same ledger gives the same findings', () => {
    const l = makeLedger({ connections: ['a', 'b'], available: ['connections', 'messages', 'reactions', 'posts'] });
    const a = JSON.stringify(computeFindings(ctxOf(l, at('2024-06-30'))));
    const b = JSON.stringify(computeFindings(ctxOf(l, at('2024-06-30'))));
    expect(a).toBe(b);
  });
});

describe('insufficient', () => {
  it('counts one thing in the singular and many in the plural', () => {
    expect(insufficient(1, 10, 'posts of at least 20 words in the last 365 days')).toMatchObject({ reason: 'not enough data in this export: 1 post of at least 20 words in the last 365 days, needs at least 10' });
    expect(insufficient(3, 10, 'posts of at least 20 words in the last 365 days')).toMatchObject({ reason: 'not enough data in this export: 3 posts of at least 20 words in the last 365 days, needs at least 10' });
    expect(insufficient(1, 50, 'connections older than 90 days')).toMatchObject({ reason: 'not enough data in this export: 1 connection older than 90 days, needs at least 50' });
    expect(insufficient(1, 5, 'people with a written exchange')).toMatchObject({ reason: 'not enough data in this export: 1 person with a written exchange, needs at least 5' });
    expect(insufficient(1, 5, 'endorsements and recommendations', 'endorsement or recommendation')).toMatchObject({ reason: 'not enough data in this export: 1 endorsement or recommendation, needs at least 5' });
    expect(insufficient(0, 5, 'written messages in the last 365 days')).toMatchObject({ reason: 'not enough data in this export: 0 written messages in the last 365 days, needs at least 5' });
  });
});
