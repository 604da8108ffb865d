import { describe, expect, it } from 'vitest';
import { checkSvg } from './svg-check.ts';

const ok = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${inner}</svg>`;

describe('checkSvg', () => {
  it('accepts plain shapes, text with escaped content and in-document clip references', () => {
    expect(checkSvg(ok('<g transform="translate(1,1)"><rect x="0" y="0" width="5" height="5" fill="#1d5a85"/><text font-size="10">a &lt;b&gt; &amp; "c"</text></g>')).ok).toBe(true);
    expect(checkSvg(ok('<defs><clipPath id="c"><rect width="1" height="1"/></clipPath></defs><g clip-path="url(#c)"></g>')).ok).toBe(true);
  });

  it.each([
    ['script element', ok('<script>alert(1)</script>')],
    ['foreignObject', ok('<foreignObject><div>x</div></foreignObject>')],
    ['event handler', ok('<rect onload="alert(1)"/>')],
    ['href', ok('<a href="https://example.com"><text>x</text></a>')],
    ['xlink:href image', ok('<image xlink:href="https://example.com/x.png"/>')],
    ['external paint', ok('<rect fill="url(https://example.com/p.svg#g)"/>')],
    ['style with url', ok('<rect style="fill:url(http://x/y)"/>')],
    ['unquoted attribute', ok('<rect width=5/>')],
    ['single-quoted attribute', ok("<rect width='5'/>")],
    ['comment', ok('<!-- x -->')],
    ['unclosed element', '<svg><g>'],
    ['mismatched close', ok('<g></text>')],
    ['not svg', '<div></div>'],
  ])('rejects %s', (_name, svg) => {
    expect(checkSvg(svg).ok).toBe(false);
  });
});
