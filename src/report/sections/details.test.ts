import { describe, expect, it } from 'vitest';
import { partLabel, renderParts } from './details.ts';

describe('part labels', () => {
  it('name a leading platform id by its proper name, and leave other keys in plain words', () => {
    expect(partLabel('linkedin_login_days')).toBe('LinkedIn login days');
    expect(partLabel('x_following')).toBe('X following');
    expect(partLabel('median_actions_per_active_day')).toBe('median actions per active day');
    // Only a whole leading id counts: `max_x` or `xmas_posts` are not about X.
    expect(partLabel('max_x')).toBe('max x');
    expect(partLabel('xmas_posts')).toBe('xmas posts');
  });

  it('are what the parts table shows', () => {
    expect(renderParts({ linkedin_login_day_share: 0.25 }).value).toContain('<th scope="row">LinkedIn login day share</th><td>0.25</td>');
  });
});
