/** Platforms by their proper names, for any sentence a person reads (ids like `linkedin` stay in data and keys). */
import type { Platform } from './types.ts';

const NAMES: Readonly<Record<Platform, string>> = {
  linkedin: 'LinkedIn',
  x: 'X',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  facebook: 'Facebook',
  instagram: 'Instagram',
};

/** The platform's proper name: `linkedin` → `LinkedIn`. */
export function platformName(p: Platform): string {
  return NAMES[p] ?? p;
}
