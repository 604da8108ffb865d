import { describe, expect, it } from 'vitest';
import { classifyLink, entropyBits, hostOf, linksInText } from './domains.ts';

describe('classifyLink', () => {
  it('reduces a link to its registrable domain with the public suffix list', () => {
    expect(classifyLink('https://www.bbc.co.uk/news/a?b=1')).toEqual({ kind: 'external', domain: 'bbc.co.uk' });
    expect(classifyLink('http://blog.example.com:8080/x')).toEqual({ kind: 'external', domain: 'example.com' });
    expect(classifyLink('www.example.org/path')).toEqual({ kind: 'external', domain: 'example.org' });
  });
  it('marks platform-internal domains and shorteners', () => {
    expect(classifyLink('https://www.linkedin.com/feed/update/urn:li:activity:1')).toEqual({ kind: 'internal', domain: 'linkedin.com' });
    expect(classifyLink('https://lnkd.in/abc')).toEqual({ kind: 'internal', domain: 'lnkd.in' });
    expect(classifyLink('https://t.co/xyz')).toEqual({ kind: 'internal', domain: 't.co' });
    expect(classifyLink('https://bit.ly/3abc')).toEqual({ kind: 'shortener', domain: 'bit.ly' });
  });
  it('calls a link without a registrable domain invalid', () => {
    expect(classifyLink('')).toEqual({ kind: 'invalid' });
    expect(classifyLink('http://localhost/x')).toEqual({ kind: 'invalid' });
    expect(classifyLink('https://192.168.0.1/a')).toEqual({ kind: 'invalid' });
  });
});

describe('hostOf', () => {
  it('drops scheme, user info, port, path and a trailing dot', () => {
    expect(hostOf('https://user:pw@Sub.Example.COM.:443/a#b')).toBe('sub.example.com');
    expect(hostOf('example.org?q')).toBe('example.org');
  });
});

describe('linksInText', () => {
  it('finds http(s) links and drops trailing sentence punctuation', () => {
    expect(linksInText('Read https://a.com/x. Then http://b.org/y, ok')).toEqual(['https://a.com/x', 'http://b.org/y']);
    expect(linksInText('no links here')).toEqual([]);
  });
});

describe('entropyBits', () => {
  it('is 1 bit for two equal categories, 0 for one or none', () => {
    expect(entropyBits([5, 5])).toBe(1);
    expect(entropyBits([7])).toBe(0);
    expect(entropyBits([])).toBe(0);
    expect(entropyBits([1, 1, 1, 1])).toBe(2);
  });
});
