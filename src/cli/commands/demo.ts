/** `flipside demo` (what `npm start` runs): generate the default persona, audit it, say where the report is. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleCommand } from './sample.ts';
import { auditCommand } from './audit.ts';
import type { OutputOptions } from '../output.ts';

export const DEMO_PERSONA = 'broadcaster';

/** Writes the demo archive to a temporary folder, audits it into `out`, and returns the report path. */
export async function demoCommand(out: string, opts: OutputOptions): Promise<string> {
  const tmp = await mkdtemp(join(tmpdir(), 'flipside-demo-'));
  try {
    const { path } = await sampleCommand({ persona: DEMO_PERSONA, seed: 1, scale: 1, out: tmp, folder: false });
    // The sample persona lives on UTC clocks; auditing it in UTC shows its planted late nights as planted.
    const written = await auditCommand([path], { ...opts, out, json: true, tz: 'UTC' });
    return written.html;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
