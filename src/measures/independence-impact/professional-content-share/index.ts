/** T4.5 `professional_content_share`: how much of what you post is about your work. */
import type { ChartData } from '../../measure.ts';
import { defineMeasure, insufficient } from '../../measure.ts';
import type { Platform } from '../../../model/types.ts';
import { bump, inPlatformOrder, notesPart, pooledNote } from '../../_lib/by-platform.ts';
import { ownPostsInWindow } from '../../_lib/own-posts.ts';
import { matchWorkTerm, workTerms } from './classify.ts';

export const MIN_POSTS = 10;
/** Terms listed in the report, most frequent first. */
const MAX_TERMS = 20;

function chart(work: number, posts: number): ChartData {
  return {
    kind: 'bar',
    title: 'Your posts about work and about other things, last 365 days',
    description: `${work} of your ${posts} posts in the last 365 days name a skill, job title or employer from your profile, or a work word.`,
    rows: [
      { topic: 'about work', posts: work },
      { topic: 'other', posts: posts - work },
    ],
    x: 'topic',
    y: 'posts',
    xTitle: '',
    yTitle: 'posts',
  };
}

export const professionalContentShare = defineMeasure({
  meta: {
    id: 'professional_content_share',
    codebook: 'T4.5',
    tension: 'independence-impact',
    side: 'independence',
    title: 'How much of what you post is about your work',
    definition:
      'Among your own posts (not reposts) in the 365 days before the export date, the share that name one of your profile skills, position titles or employers, or a work word (project, client, team, research, launch, hiring, lesson, talk, paper, release, or their plurals), over every platform together; each platform with enough posts is also shown alone.',
    unit: 'proportion',
    window: '365 days before the export date',
    minimum: `${MIN_POSTS} posts in the window`,
    requires: ['posts'],
    platforms: ['linkedin', 'x', 'mastodon', 'bluesky', 'facebook'],
    references: [
      { claim: 'In a representative sample of Dutch online users, posting about work and strategically selecting ties consistently predicted professional informational benefits; LinkedIn and Twitter users reported more such benefits than non-users, Facebook users less.', source: 'Utz (2016)', evidence: 'V' },
      { claim: 'On professional networking sites, the number of ties predicted informational benefits half a year later, and strong ties became more important over time.', source: 'Utz & Breuer (2016)', evidence: 'V' },
      { claim: 'The work lexicon and the profile-term rule are a crude design choice, not a validated classifier.', source: 'CODEBOOK T4.5', evidence: 'D' },
    ],
    caveat: 'Who read it or what it did for them. The classifier is crude: one work word makes a post "about work".',
    question: 'What did your last work-related post make easier for someone else?',
  },
  compute(ctx) {
    const posts = ownPostsInWindow(ctx.ledger, ctx.asOf);
    const terms = workTerms(ctx.ledger.profiles);
    const total = new Map<Platform, number>();
    const work = new Map<Platform, number>();
    const termCounts = new Map<Platform, Map<string, number>>();
    for (const p of posts) {
      bump(total, p.platform);
      const term = matchWorkTerm(p.tokens, terms);
      if (term === undefined) continue;
      bump(work, p.platform);
      let tc = termCounts.get(p.platform);
      if (!tc) {
        tc = new Map();
        termCounts.set(p.platform, tc);
      }
      tc.set(term, (tc.get(term) ?? 0) + 1);
    }
    // Your own posts on every platform are pooled (one person's words, no one counted twice); each
    // platform with enough posts is also shown alone.
    let n = 0;
    let w = 0;
    const allTerms = new Map<string, number>();
    for (const [p, t] of total) {
      n += t;
      w += work.get(p) ?? 0;
      for (const [term, c] of termCounts.get(p) ?? []) allTerms.set(term, (allTerms.get(term) ?? 0) + c);
    }
    if (n < MIN_POSTS) return insufficient(n, MIN_POSTS, 'posts in the last 365 days');
    const shares = new Map<Platform, number>();
    for (const [p, t] of total) if (t >= MIN_POSTS) shares.set(p, (work.get(p) ?? 0) / t);
    const items = [...allTerms]
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, MAX_TERMS)
      .map(([term, count]) => ({ term, posts: count }));
    return {
      status: 'ok',
      value: w / n,
      display: `${w} of ${n} posts`,
      parts: { posts: n, work_posts: w },
      byPlatform: inPlatformOrder(shares),
      items,
      charts: [chart(w, n)],
      ...notesPart(['Each post counts once, at the first term found; the list shows which terms tagged posts as work.', ...pooledNote(total)]),
    };
  },
});
