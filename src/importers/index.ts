/** The importer registry: an explicit list, in recognition-tie-break order. */
import type { Importer } from './importer.ts';
import { linkedinImporter } from './linkedin/index.ts';
import { mastodonImporter } from './mastodon/index.ts';
import { blueskyImporter } from './bluesky/index.ts';
import { xImporter } from './x/index.ts';
import { facebookImporter } from './facebook/index.ts';
import { instagramImporter } from './instagram/index.ts';

export const importers: readonly Importer[] = [linkedinImporter, xImporter, mastodonImporter, blueskyImporter, facebookImporter, instagramImporter];
