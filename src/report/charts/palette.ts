/**
 * Pinned chart colours. Charts always sit on a white panel (also in dark mode) so one palette can be
 * checked once: series colours reach 3:1 against white (WCAG 2.2 SC 1.4.11, graphical objects) and
 * text colours reach 4.5:1 (SC 1.4.3).
 */

/** Series colours in order: blue, burnt orange, green, purple, teal, brown. */
export const seriesColours = ['#1d5a85', '#b0481c', '#2f6f34', '#6b3fa0', '#0b6e6e', '#7a5424'] as const;

/** The two sides of a mirrored bar chart take the first two series colours, matching the side accents in the page CSS. */
export const sideColours = [seriesColours[0], seriesColours[1]] as const;

export const chartBackground = '#ffffff';
export const textColour = '#222222';
export const mutedTextColour = '#555555';
export const axisColour = '#767676';
export const gridColour = '#e3e3e3';

/** Sequential ramp for heatmaps, light to dark blue; cells carry a white stroke so pale cells still read as cells. */
export const heatRamp = ['#e8f0f6', '#1d5a85'] as const;

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
