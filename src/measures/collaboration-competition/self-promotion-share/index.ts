/** T5.5 `self_promotion_share`: posts that announce your own achievements. */
import type { ChartData } from '../../measure.ts';
import { defineMeasure, insufficient } from '../../measure.ts';
import type { LedgerEvent, Platform } from '../../../model/types.ts';
import { bump, inPlatformOrder, notesPart, pooledNote } from '../../_lib/by-platform.ts';
import { classifyLink } from '../../_lib/domains.ts';
import { ownPostsInWindow } from '../../_lib/own-posts.ts';
import { isSelfPromotion } from './classify.ts';

export const MIN_POSTS = 10;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"]+/giu;

/** True when the post links outside the platforms: its shared link or a link in its text is not platform-internal. */
export function hasExternalLink(e: LedgerEvent): boolean {
  const links = [...(e.targetUrl ? [e.targetUrl] : []), ...((e.text ?? '').match(URL_IN_TEXT) ?? [])];
  return links.some((u) => {
    const k = classifyLink(u).kind;
    return k === 'external' || k === 'shortener';
  });
}

function chart(promo: number, info: number, posts: number): ChartData {
  return {
    kind: 'bar',
    title: "Announcements about you, links to others' information, and the rest (last 365 days)",
    description: `Of your ${posts} posts in the last 365 days, ${promo} announce an achievement of yours and ${info} share an outside link without such an announcement.`,
    rows: [
      { type: 'self-promotion', posts: promo },
      { type: 'informational', posts: info },
      { type: 'other', posts: posts - promo - info },
    ],
    x: 'type',
    y: 'posts',
    xTitle: '',
    yTitle: 'posts',
  };
}

export const selfPromotionShare = defineMeasure({
  meta: {
    id: 'self_promotion_share',
    codebook: 'T5.5',
    tension: 'collaboration-competition',
    side: 'competition',
    title: 'Posts that announce your own achievements',
    definition:
      'Among your own posts (not reposts) in the 365 days before the export date, the share with a first-person singular word (I, I\'m, I\'ve, my, me) in the first 15 words and an achievement cue (award, promot-, "new role", "new position", certif-, launch-, honoured, proud, thrilled, "excited to share/announce", milestone, "speaking at", featured). Also: the share that link outside the platform without such a cue (informational). Over every platform together; each platform with enough posts is also shown alone.',
    unit: 'proportion',
    window: '365 days before the export date',
    minimum: `${MIN_POSTS} posts in the window`,
    requires: ['posts'],
    platforms: ['linkedin', 'x', 'mastodon', 'bluesky', 'facebook'],
    references: [
      { claim: 'A content analysis of more than 350 Twitter users distinguished self-focused "meformers" from "informers" who share information.', source: 'Naaman, Boase & Lai (2010)', evidence: 'V' },
      { claim: 'About 80% of users were "meformers"; 41% of messages were "me now" updates.', source: 'Naaman, Boase & Lai (2010)', evidence: 'S' },
      { claim: 'Context collapse and personal branding: self-presentation on Twitter as "strategic self-commodification".', source: 'Marwick & boyd (2011)', evidence: 'V' },
      { claim: 'The first-person and achievement-cue rule is a crude design choice, English only.', source: 'CODEBOOK T5.5', evidence: 'D' },
    ],
    caveat: 'Whether the announcements are appropriate. Career news is legitimate, the classifier is crude and English-only, and modesty norms differ by culture.',
    question: 'If a colleague had written your last five posts about you, which ones would you still want published?',
  },
  compute(ctx) {
    const posts = new Map<Platform, number>();
    const promo = new Map<Platform, number>();
    const info = new Map<Platform, number>();
    // A post without words is not an announcement of anything; like the other text measures, it is not counted (ownPostsInWindow leaves it out).
    for (const post of ownPostsInWindow(ctx.ledger, ctx.asOf)) {
      bump(posts, post.platform);
      if (isSelfPromotion(post.tokens)) bump(promo, post.platform);
      else if (hasExternalLink(post.event)) bump(info, post.platform);
    }
    // Your own posts on every platform are pooled (one person's words, no one counted twice); each
    // platform with enough posts is also shown alone.
    let n = 0;
    let sp = 0;
    let i = 0;
    for (const [p, c] of posts) {
      n += c;
      sp += promo.get(p) ?? 0;
      i += info.get(p) ?? 0;
    }
    if (n < MIN_POSTS) return insufficient(n, MIN_POSTS, 'posts in the last 365 days');
    const shares = new Map<Platform, number>();
    for (const [p, c] of posts) if (c >= MIN_POSTS) shares.set(p, (promo.get(p) ?? 0) / c);
    return {
      status: 'ok',
      value: sp / n,
      display: `${sp} of ${n} posts`,
      parts: { posts: n, self_promotion: sp, informational_share: i / n },
      byPlatform: inPlatformOrder(shares),
      charts: [chart(sp, i, n)],
      ...notesPart(['The cues are English; posts in other languages are counted but rarely match.', ...pooledNote(posts)]),
    };
  },
});
