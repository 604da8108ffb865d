/** Groups findings by tension and side in report order; within a side, by CODEBOOK section then id. */
import type { Finding } from '../measures/measure.ts';
import { tensions, type Side, type Tension } from '../measures/tensions.ts';

export interface SideGroup {
  readonly side: Side;
  readonly findings: readonly Finding[];
}

export interface TensionGroup {
  readonly tension: Tension;
  readonly sides: readonly [SideGroup, SideGroup];
}

/** Compares CODEBOOK sections numerically so "T1.10" follows "T1.9". */
export function compareCodebook(a: string, b: string): number {
  const pa = a.match(/\d+/g)?.map(Number) ?? [];
  const pb = b.match(/\d+/g)?.map(Number) ?? [];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function byCodebook(a: Finding, b: Finding): number {
  return compareCodebook(a.meta.codebook, b.meta.codebook) || (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0);
}

/** All five tensions in `tensions` order, each with both sides (possibly empty). */
export function groupFindings(findings: readonly Finding[]): readonly TensionGroup[] {
  return tensions.map((tension) => {
    const [a, b] = tension.sides;
    const pick = (side: Side): SideGroup => ({
      side,
      findings: findings.filter((f) => f.meta.tension === tension.id && f.meta.side === side).sort(byCodebook),
    });
    return { tension, sides: [pick(a), pick(b)] as const };
  });
}
