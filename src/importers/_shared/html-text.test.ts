import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from './html-text.ts';

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references', () => {
    expect(decodeEntities('Y&rsquo;q &amp; &lt;b&gt; a&nbsp;b &#233; &#x1F600; &quot;x&quot;')).toBe('Y\u2019q & <b> a\u00a0b é 😀 "x"');
  });
  it('leaves unknown names, bare ampersands and invalid code points as written', () => {
    expect(decodeEntities('R&D &bogus; &#xD800; &#0; fish & chips')).toBe('R&D &bogus; &#xD800; &#0; fish & chips');
  });
  it('returns text without & unchanged', () => {
    expect(decodeEntities('')).toBe('');
    expect(decodeEntities('plain')).toBe('plain');
  });
});

describe('htmlToText', () => {
  it('turns LinkedIn 2024 message paragraphs into lines', () => {
    const html =
      '<p class="spinmail-quill-editor__spin-break">Hi Ada,</p><p class="spinmail-quill-editor__spin-break"><br></p><p class="spinmail-quill-editor__spin-break">Thanks &amp; regards</p>';
    expect(htmlToText(html)).toBe('Hi Ada,\n\nThanks & regards');
  });
  it('keeps a lone < that is not a tag', () => {
    expect(htmlToText('a < b and 3<4')).toBe('a < b and 3<4');
  });
  it('handles empty input', () => {
    expect(htmlToText('')).toBe('');
  });
});
