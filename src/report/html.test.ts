import { describe, expect, it } from 'vitest';
import { escapeHtml, html, isSafeHtml, joinHtml, safeSvg } from './html.ts';

const hostiles = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)",
  'javascript:alert(1)',
  '</style><script>alert(1)</script>',
  '<svg onload=alert(1)><foreignObject><body onload=alert(2)></foreignObject></svg>',
  '`${alert(1)}`',
  '<!-- comment --><![CDATA[x]]>',
];

describe('html tagged template', () => {
  it('escapes & < > " \' and backtick in every interpolated string', () => {
    expect(html`<p>${'a & b < c > d " e \' f ` g'}</p>`.value).toBe('<p>a &amp; b &lt; c &gt; d &quot; e &#39; f &#96; g</p>');
  });

  it.each(hostiles)('leaves no markup-significant character from %s', (s) => {
    const escaped = escapeHtml(s);
    expect(escaped).not.toMatch(/[<>"'`]/);
    expect(html`<p title="${s}">${s}</p>`.value).toBe(`<p title="${escaped}">${escaped}</p>`);
  });

  it('keeps the text of javascript: URLs as inert text (no link is ever built)', () => {
    expect(html`<td>${'javascript:alert(1)'}</td>`.value).toBe('<td>javascript:alert(1)</td>');
  });

  it('replaces lone surrogates and control characters with U+FFFD, keeps valid pairs', () => {
    expect(escapeHtml('a\uD83Db')).toBe('a\uFFFDb');
    expect(escapeHtml('a\uDE00b')).toBe('a\uFFFDb');
    expect(escapeHtml('smile \uD83D\uDE00')).toBe('smile \uD83D\uDE00');
    expect(escapeHtml('nul\u0000bell\u0007tab\tnl\n')).toBe('nul\uFFFDbell\uFFFDtab\tnl\n');
  });

  it('does not escape SafeHtml made by html, and joins arrays of it', () => {
    const items = ['<a>', 'b'].map((s) => html`<li>${s}</li>`);
    expect(html`<ul>${items}</ul>`.value).toBe('<ul><li>&lt;a&gt;</li><li>b</li></ul>');
  });

  it('escapes plain strings inside arrays and nested arrays', () => {
    expect(html`${['<b>', ['<i>', html`<br>`]]}`.value).toBe('&lt;b&gt;&lt;i&gt;<br>');
  });

  it('escapes an object that merely looks like SafeHtml', () => {
    const fake = { value: '<script>x</script>' } as unknown as string;
    expect(isSafeHtml(fake)).toBe(false);
    expect(html`${fake}`.value).toBe('[object Object]');
  });

  it('renders nothing for null, undefined and false; numbers as text; non-finite as a dash', () => {
    expect(html`[${null}${undefined}${false}]`.value).toBe('[]');
    expect(html`${0} ${1.5} ${Number.NaN} ${Number.POSITIVE_INFINITY}`.value).toBe('0 1.5 – –');
  });

  it('joinHtml escapes parts and separator', () => {
    expect(joinHtml(['<a>', html`<b>`], ' & ').value).toBe('&lt;a&gt; &amp; <b>');
    expect(joinHtml([]).value).toBe('');
  });

  it('admits only SVG that passes the allow-list', () => {
    expect(safeSvg('<svg viewBox="0 0 1 1"><rect width="1" height="1" fill="#000"/></svg>')?.value).toContain('<rect');
    expect(safeSvg('<svg><script>alert(1)</script></svg>')).toBeUndefined();
    expect(safeSvg('<p>not svg</p>')).toBeUndefined();
  });
});
