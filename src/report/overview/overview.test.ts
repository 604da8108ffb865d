import { describe, expect, it } from 'vitest';
import type { Finding, MeasureMeta, MeasureResult, Unit } from '../../measures/measure.ts';
import { tensions, type Side } from '../../measures/tensions.ts';
import { fixtureResult } from '../fixtures.ts';
import { groupFindings, type TensionGroup } from '../order.ts';
import { checkSvg } from '../svg-check.ts';
import { pictureAlt, pictureValue, tensionPicture } from './picture.ts';
import { standoutShare, tensionSentence } from './sentence.ts';
import { el, serialise, txt, wrapText } from './svg-builder.ts';

const reachDepth = tensions[0];

function finding(id: string, side: Side, unit: Unit, result: MeasureResult, title = `Title of ${id}`): Finding {
  const meta: MeasureMeta = {
    id, codebook: 'T1.1', tension: 'reach-depth', side, title, definition: 'd', unit, window: 'w', minimum: 'm',
    requires: [], platforms: ['linkedin'], references: [], caveat: 'c', question: 'q',
  };
  return { meta, result };
}
const ok = (value: number): MeasureResult => ({ status: 'ok', value });
const na: MeasureResult = { status: 'not-available', reason: 'not available from these exports (needs messages)' };
const thin: MeasureResult = { status: 'insufficient', reason: 'not enough data in this export: 1 post, needs at least 10', have: 1, need: 10 };

function group(reach: Finding[], depth: Finding[]): TensionGroup {
  return { tension: reachDepth, sides: [{ side: 'reach', findings: reach }, { side: 'depth', findings: depth }] };
}

describe('tensionSentence', () => {
  it('says nothing was computed for a tension with no indicators', () => {
    expect(tensionSentence(group([], []))).toBe('No indicator for this tension was computed from these exports, so this report says nothing about it.');
  });

  it('names why neither side can be read', () => {
    expect(tensionSentence(group([finding('a', 'reach', 'count', na)], [finding('b', 'depth', 'count', thin)]))).toBe(
      'Neither side can be read from these exports: the reach side is not available from these exports, and the depth side has too little data in this export to measure.',
    );
    expect(tensionSentence(group([finding('a', 'reach', 'count', na), finding('c', 'reach', 'count', thin)], []))).toContain('the reach side is partly not in these exports and partly too thin to measure, and the depth side has no indicator here');
  });

  it('says when only one side shows (one item)', () => {
    expect(tensionSentence(group([], [finding('b', 'depth', 'count', ok(12))]))).toBe(
      'Only the depth side shows in these exports (1 indicator); the reach side has no indicator here, so this is half of the picture.',
    );
  });

  it('counts both sides and names the share furthest from 50%, with what could not be measured', () => {
    const s = tensionSentence(
      group(
        [finding('a', 'reach', 'count', ok(900)), finding('share', 'reach', 'proportion', ok(0.2), 'Share A')],
        [finding('latent', 'depth', 'proportion', ok(0.94), 'Never messaged'), finding('x', 'depth', 'count', na)],
      ),
    );
    expect(s).toBe('Both sides show: 2 of 2 reach and 1 of 2 depth indicators could be measured. Of the shares measured, the one furthest from 50% is “Never messaged”: 94% (depth side). 1 other indicator could not be measured.');
  });

  it('names no share when every share is near an even split, and ignores counts however large', () => {
    const s = tensionSentence(group([finding('a', 'reach', 'count', ok(1e6)), finding('p', 'reach', 'proportion', ok(0.6))], [finding('q', 'depth', 'proportion', ok(0.4))]));
    expect(s).toBe('Both sides show: 2 of 2 reach and 1 of 1 depth indicators could be measured.');
  });

  it('keeps report order between equally distant shares and never uses judging words', () => {
    const f1 = finding('p1', 'reach', 'proportion', ok(0.1));
    const f2 = finding('p2', 'depth', 'proportion', ok(0.9));
    expect(standoutShare([f1, f2])).toBe(f1);
    expect(standoutShare([f2, f1])).toBe(f2);
    expect(standoutShare([finding('n', 'reach', 'proportion', ok(Number.NaN))])).toBeUndefined();
    for (const g of groupFindings(fixtureResult.findings)) expect(tensionSentence(g)).not.toMatch(/\b(too many|too few|good|bad|should|healthy|score|grade|better|worse)\b/i);
  });
});

describe('tensionPicture', () => {
  it('draws both poles and every indicator with its value, as allow-listed SVG', () => {
    const g = group([finding('a', 'reach', 'count', ok(900), 'How many accounts you are connected to')], [finding('b', 'depth', 'proportion', ok(0.94)), finding('c', 'depth', 'count', thin)]);
    const svg = tensionPicture(g);
    expect(checkSvg(svg)).toEqual({ ok: true });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="overview-picture" viewBox="0 0 340 \d+" aria-hidden="true" focusable="false"/);
    expect(svg).toContain('>REACH</text>');
    expect(svg).toContain('>DEPTH</text>');
    expect(svg).toContain('>900</text>');
    expect(svg).toContain('>94%</text>');
    expect(svg).toContain('>too little data</text>');
    // One marker per indicator, filled for computed ones and hollow for the one without data.
    expect([...svg.matchAll(/<circle /g)]).toHaveLength(3);
    expect([...svg.matchAll(/<circle [^>]*fill="#ffffff"/g)]).toHaveLength(1);
    // The share gets a gauge: a track and a fill 94% of its width.
    expect(svg).toContain('width="52.64"');
  });

  it('draws an empty tension with "no indicator" on both sides', () => {
    const svg = tensionPicture(group([], []));
    expect(checkSvg(svg).ok).toBe(true);
    expect([...svg.matchAll(/>no indicator</g)]).toHaveLength(2);
    expect(svg).not.toContain('<circle');
  });

  it('grows taller with more indicators and escapes titles', () => {
    const one = tensionPicture(group([finding('a', 'reach', 'count', ok(1), '<b>"x"</b>')], []));
    const many = tensionPicture(group([1, 2, 3, 4].map((i) => finding(`a${i}`, 'reach', 'count', ok(i))), []));
    const height = (s: string) => Number(/viewBox="0 0 340 (\d+)"/.exec(s)?.[1]);
    expect(height(many)).toBeGreaterThan(height(one));
    expect(one).toContain('&lt;b&gt;&quot;x&quot;&lt;/b&gt;');
    expect(checkSvg(one).ok).toBe(true);
  });

  it('gives a text alternative listing every indicator and its value', () => {
    const g = group([finding('a', 'reach', 'count', ok(900), 'Accounts')], [finding('b', 'depth', 'count', na, 'Two-way')]);
    expect(pictureAlt(g)).toBe('Reach vs Depth. Reach side: Accounts, 900. Depth side: Two-way, not available.');
    expect(pictureAlt(group([], []))).toBe('Reach vs Depth. Reach side: no indicator. Depth side: no indicator.');
    expect(pictureValue(finding('t', 'reach', 'count', thin))).toBe('too little data');
  });
});

describe('svg builder', () => {
  it('escapes text and attribute values and rounds numbers', () => {
    expect(serialise(el('text', { x: 1.23456, class: '"><script>' }, [txt('<a & b>')]))).toBe('<text x="1.23" class="&quot;&gt;&lt;script&gt;">&lt;a &amp; b&gt;</text>');
    expect(serialise(el('rect', { width: 2 }))).toBe('<rect width="2"/>');
  });

  it('wraps text at spaces, cuts long words and ends overflow with an ellipsis', () => {
    expect(wrapText('How many accounts you are connected to', 20, 3)).toEqual(['How many accounts', 'you are connected to']);
    expect(wrapText('', 20, 2)).toEqual([]);
    expect(wrapText('one', 20, 2)).toEqual(['one']);
    expect(wrapText('a b c d e f', 3, 2)).toEqual(['a b', 'c…']);
    expect(wrapText('Supercalifragilistic', 8, 2)).toEqual(['Superca…']);
  });
});
