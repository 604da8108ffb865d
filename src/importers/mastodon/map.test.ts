import { describe, expect, it } from 'vitest';
import { accountFromActorUri, accountFromMention, accountFromStatusUri, normaliseAcct, parseActivityDate, visibilityOf } from './map.ts';

const P = 'https://www.w3.org/ns/activitystreams#Public';
const F = 'https://indieweb.social/users/dealingwith/followers';

describe('Mastodon value mapping', () => {
  it('derives visibility from addressing (formats/mastodon.md §2)', () => {
    expect(visibilityOf([P], [F])).toBe('public');
    expect(visibilityOf([F], [P, 'https://mastodon.ie/users/x'])).toBe('unlisted');
    expect(visibilityOf([F], [])).toBe('private');
    expect(visibilityOf([F], ['https://a.example/users/b'])).toBe('private');
    expect(visibilityOf(['https://a.example/users/b'], [])).toBe('direct');
    expect(visibilityOf([], [])).toBe('direct');
    expect(visibilityOf(['as:Public'], [])).toBe('public');
  });

  it('turns mention tags into lower-case account ids, local ones with the href host', () => {
    expect(accountFromMention('@ftrain@tilde.zone', 'https://tilde.zone/users/ftrain')).toEqual({ id: 'mastodon:acct:ftrain@tilde.zone', acct: 'ftrain@tilde.zone', uri: 'https://tilde.zone/users/ftrain' });
    expect(accountFromMention('@WillD', 'https://indieweb.social/users/WillD')?.id).toBe('mastodon:acct:willd@indieweb.social');
    expect(accountFromMention(undefined, 'https://pleroma.example/objects/abc')).toEqual({ id: 'mastodon:uri:https://pleroma.example/objects/abc', uri: 'https://pleroma.example/objects/abc' });
    expect(accountFromMention(undefined, 'https://a.example/@bob')?.id).toBe('mastodon:acct:bob@a.example');
    expect(accountFromMention('@nohost', undefined)).toBeUndefined();
    expect(accountFromMention(undefined, undefined)).toBeUndefined();
  });

  it('takes the author from Mastodon-style status URIs only', () => {
    expect(accountFromStatusUri('https://mastodon.social/users/s0mmer/statuses/109440048909776763')).toEqual({ id: 'mastodon:acct:s0mmer@mastodon.social', acct: 's0mmer@mastodon.social', uri: 'https://mastodon.social/users/s0mmer' });
    expect(accountFromStatusUri('https://indieweb.social/@dealingwith/109305976208011760')?.acct).toBe('dealingwith@indieweb.social');
    expect(accountFromStatusUri('https://social.deadsuperhero.com/objects/df6c744f-aede-4892-aa06-75157822096a')).toBeUndefined();
    expect(accountFromStatusUri('not a url')).toBeUndefined();
    expect(accountFromStatusUri('https://a.example/users/%E0%A4%A/statuses/1')?.acct).toBe('%e0%a4%a@a.example');
    expect(accountFromActorUri('https://indieweb.social/users/dealingwith')?.acct).toBe('dealingwith@indieweb.social');
    expect(accountFromActorUri('https://indieweb.social/users/dealingwith/followers')).toBeUndefined();
  });

  it('normalises account addresses from the CSVs', () => {
    expect(normaliseAcct('User@Example.com')).toBe('user@example.com');
    expect(normaliseAcct('@user@test.com ')).toBe('user@test.com');
    expect(normaliseAcct('user')).toBeUndefined();
    expect(normaliseAcct('First Name')).toBeUndefined();
    expect(normaliseAcct('')).toBeUndefined();
  });

  it('parses ISO dates with a zone and refuses the rest', () => {
    expect(parseActivityDate('2022-11-08T03:07:14Z')).toBe(Date.UTC(2022, 10, 8, 3, 7, 14));
    expect(parseActivityDate('2022-11-08T03:07:14.250Z')).toBe(Date.UTC(2022, 10, 8, 3, 7, 14, 250));
    expect(parseActivityDate('2022-11-08T05:07:14+02:00')).toBe(Date.UTC(2022, 10, 8, 3, 7, 14));
    expect(parseActivityDate('2022-11-08 03:07:14')).toBeUndefined();
    expect(parseActivityDate('2022-13-45T99:00:00Z')).toBeUndefined();
    expect(parseActivityDate(1667876834)).toBeUndefined();
    expect(parseActivityDate(null)).toBeUndefined();
  });
});
