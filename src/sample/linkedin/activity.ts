/** Writers for the activity files: Shares, Comments, Reactions, Votes. */
import type { PersonaSpec } from '../spec.ts';
import { isoPlain, slashUtc } from './dates.ts';
import { backslashField, field, lines, row, shareCommentaryField, tabRow } from './csv.ts';

/** The post's own link; share ids become `urn:li:share`, the rest `urn:li:ugcPost`, as in real files. */
export function shareLink(id: string, ugc: boolean): string {
  return `https://www.linkedin.com/feed/update/urn%3Ali%3A${ugc ? 'ugcPost' : 'share'}%3A${id}`;
}

/**
 * Shares.csv, 2022+ layout: CRLF line ends (2022, 2024), `SharedURL,MediaURL` header case as in the
 * 2022/2024-03 exports, Visibility always MEMBER_NETWORK, per-line quote wrapping of multi-line posts.
 */
export function sharesCsv(spec: PersonaSpec): string {
  const eol = '\r\n';
  const out = ['Date,ShareLink,ShareCommentary,SharedURL,MediaURL,Visibility'];
  for (const s of spec.shares.slice().sort((a, b) => b.at - a.at)) {
    // Real exports mix `share` and `ugcPost` links; alternate them deterministically by id parity.
    const ugc = Number(s.id.slice(-1)) % 2 === 0;
    out.push([isoPlain(s.at), shareLink(s.id, ugc), shareCommentaryField(s.text, eol), field(s.sharedUrl), '', 'MEMBER_NETWORK'].join(','));
  }
  return lines(out, eol);
}

/**
 * 2018 Shares.csv text: tab-separated, every field quoted, LF, dates `2017/06/08 08:15:44 UTC`,
 * Type `Homepage`, Visibility `Public`/`Connections`. The caller encodes it as UTF-16LE with BOM.
 */
export function legacySharesText(spec: PersonaSpec): string {
  const out = [tabRow(['Date', 'Share Title', 'Share Description', 'Share Link', 'Share Commentary', 'Shared URL', 'Media URL', 'Type', 'Visibility'])];
  for (const s of spec.shares.slice().sort((a, b) => b.at - a.at)) {
    const link = `https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A${s.id}`;
    out.push(tabRow([slashUtc(s.at), '', '', link, s.text, s.sharedUrl, '', 'Homepage', Number(s.id.slice(-1)) % 3 === 0 ? 'Connections' : 'Public']));
  }
  return lines(out, '\n');
}

/** Comments.csv: CRLF, quotes inside messages escaped as `\"` (the exporter's bug). */
export function commentsCsv(spec: PersonaSpec): string {
  const eol = '\r\n';
  const out = ['Date,Link,Message'];
  for (const c of spec.comments.slice().sort((a, b) => b.at - a.at)) {
    out.push([isoPlain(c.at), field(c.link), backslashField(c.text.split('\n').join(eol))].join(','));
  }
  return lines(out, eol);
}

/** Reactions.csv: `Date,Type,Link`, CRLF. */
export function reactionsCsv(reactions: NonNullable<PersonaSpec['reactions']>): string {
  const out: string[] = ['Date,Type,Link'];
  const sorted = reactions.slice().sort((a, b) => b.at - a.at);
  for (const r of sorted) out.push(`${isoPlain(r.at)},${r.type},${r.link}`);
  return lines(out, '\r\n');
}

/** Votes.csv: `Date,Link,OptionText`, CRLF. */
export function votesCsv(spec: PersonaSpec): string {
  const out = ['Date,Link,OptionText'];
  for (const v of spec.votes.slice().sort((a, b) => b.at - a.at)) out.push(row([isoPlain(v.at), v.link, v.option]));
  return lines(out, '\r\n');
}
