import { describe, expect, it } from 'vitest';
import { contextChars, isHighlightItem, maxTextChars, parseMatches, renderHighlighted, renderHighlights, segment, shorten } from './highlight.ts';
import { renderItems } from './details.ts';

describe('segment', () => {
  it('marks whole-word phrases, case-insensitively, with any separator between their words', () => {
    expect(segment('Passionate, results-oriented TEAM  player.', 'team player|results oriented|passionate')).toEqual([
      { text: 'Passionate', marked: true },
      { text: ', ', marked: false },
      { text: 'results-oriented', marked: true },
      { text: ' ', marked: false },
      { text: 'TEAM  player', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('prefers the longest phrase and leaves words inside other words, hashtags and handles alone', () => {
    expect(segment('A proven track record', 'track record|proven track record')).toEqual([
      { text: 'A ', marked: false },
      { text: 'proven track record', marked: true },
    ]);
    expect(segment('irresponsible #Leadership @strategic', 'responsible|leadership|strategic').filter((s) => s.marked)).toEqual([]);
  });

  it('handles empty text, no matches and one match that is the whole text', () => {
    expect(segment('', 'x')).toEqual([]);
    expect(segment('plain words', '')).toEqual([{ text: 'plain words', marked: false }]);
    expect(segment('Strategic', 'strategic')).toEqual([{ text: 'Strategic', marked: true }]);
  });

  it('never lets a match string act as a regular expression', () => {
    expect(parseMatches('a.*|(x|  |innovative')).toEqual(['innovative', 'a.*', '(x']);
    expect(segment('aaa (x innovative', 'a.*|(x|innovative').filter((s) => s.marked).map((s) => s.text)).toEqual(['(x', 'innovative']);
  });
});

describe('shorten', () => {
  it('keeps short text whole and trims long unmarked runs to the context around the marks', () => {
    const short = segment('Strategic leader', 'strategic');
    expect(shorten(short)).toEqual(short);
    const long = `${'x'.repeat(300)} strategic ${'y'.repeat(300)} creative ${'z'.repeat(300)}`;
    const out = shorten(segment(long, 'strategic|creative'));
    expect(out.filter((s) => s.marked).map((s) => s.text)).toEqual(['strategic', 'creative']);
    expect(out[0]?.text).toBe(`…${'x'.repeat(contextChars - 1)} `);
    expect(out.map((s) => s.text).join('').length).toBeLessThan(long.length / 2);
    expect(shorten([{ text: 'q'.repeat(1000), marked: false }])).toEqual([{ text: `${'q'.repeat(maxTextChars)}…`, marked: false }]);
    // Context is cut between words where it can be.
    const words = `${'lorem ipsum '.repeat(60)}strategic${' dolor sit'.repeat(60)}`;
    const cut = shorten(segment(words, 'strategic'));
    expect(cut[0]?.text).toMatch(/^… (lorem|ipsum)( (lorem|ipsum))+ $/);
    expect(cut[2]?.text).toMatch(/^( (dolor|sit))+ …$/);
  });
});

describe('rendering', () => {
  it('puts matches in <mark> and escapes everything, including hostile text around and inside a match', () => {
    expect(renderHighlighted('<b>Strategic</b> & "creative"', 'strategic|creative').value).toBe('&lt;b&gt;<mark>Strategic</mark>&lt;/b&gt; &amp; &quot;<mark>creative</mark>&quot;');
    expect(renderHighlighted('<script>alert(1)</script>', 'script').value).toBe('&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;');
  });

  it('tells highlight items from table rows and renders both', () => {
    expect(isHighlightItem({ where: 'headline', text: 'x', matches: 'x' })).toBe(true);
    expect(isHighlightItem({ buzzword: 'x', count: 1 })).toBe(false);
    const out = renderItems([{ buzzword: 'strategic', count: 2 }, { where: 'headline', text: 'Strategic thinker', matches: 'strategic' }]).value;
    expect(out).toContain('<th scope="col">buzzword</th>');
    expect(out).not.toContain('<th scope="col">text</th>');
    expect(out).toContain('<ul class="highlights"><li><span class="where">headline</span><mark>Strategic</mark> thinker</li></ul>');
    expect(renderItems([{ where: 'post', text: 'Creative', matches: 'creative' }]).value).not.toContain('<table');
  });

  it('lists at most the given number and says how many more there are; nothing for no items', () => {
    const items = Array.from({ length: 4 }, (_, i) => ({ where: `post ${i}`, text: 'creative', matches: 'creative' }));
    const out = renderHighlights(items, 3).value;
    expect([...out.matchAll(/<li>/g)]).toHaveLength(3);
    expect(out).toContain('and 1 more not shown here.');
    expect(renderHighlights([], 3).value).toBe('');
  });
});
