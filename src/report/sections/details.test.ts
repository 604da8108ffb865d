import { describe, expect, it } from 'vitest';
import { partLabel, renderParts } from './details.ts';

describe('part labels', () => {
  it('name a leading or closing platform id by its proper name, and leave other keys in plain words', () => {
    expect(partLabel('linkedin_login_days')).toBe('LinkedIn login days');
    expect(partLabel('x_following')).toBe('X following');
    expect(partLabel('follow_back_instagram')).toBe('follow back (Instagram)');
    expect(partLabel('follow_back_x')).toBe('follow back (X)');
    expect(partLabel('median_actions_per_active_day')).toBe('median actions per active day');
    // Only a whole id counts: `xmas_posts` and `rank_agreement_box` are not about X.
    expect(partLabel('xmas_posts')).toBe('xmas posts');
    expect(partLabel('rank_agreement_box')).toBe('rank agreement box');
  });

  it('are what the parts table shows', () => {
    expect(renderParts({ linkedin_login_day_share: 0.25 }).value).toContain('<th scope="row">LinkedIn login day share</th><td>0.25</td>');
  });
});
