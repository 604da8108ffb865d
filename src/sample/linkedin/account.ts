/** Account files of the LinkedIn export: Logins.csv. */
import type { PersonaSpec } from '../spec.ts';
import { javaDate } from './dates.ts';
import { lines, row } from './csv.ts';

/**
 * Logins.csv as the 2025 export writes it (mooreporfavor 2025-10): `Login Date,IP Address,User
 * Agent,Login Type`, Java `Date.toString()` dates in UTC, oldest first. A browser's user agent holds
 * a comma ("KHTML, like Gecko"), so that field is quoted. CRLF line ends are an assumption.
 */
export function loginsCsv(spec: PersonaSpec): string {
  const out = ['Login Date,IP Address,User Agent,Login Type'];
  for (const l of spec.logins.slice().sort((a, b) => a.at - b.at)) out.push(row([javaDate(l.at), l.ip, l.userAgent, l.type]));
  return lines(out, '\r\n');
}
