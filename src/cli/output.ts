/** Node edge: how the CLI talks to a person: one line per error, progress only on a terminal, NO_COLOR respected. */
import { isUserError } from '../diagnostics/errors.ts';
import { ExitCode } from '../diagnostics/errors.ts';

export interface OutputOptions {
  readonly quiet: boolean;
  readonly debug: boolean;
}

const useColor = process.stderr.isTTY === true && !('NO_COLOR' in process.env);
const red = (s: string) => (useColor ? `\u001b[31m${s}\u001b[39m` : s);

/** Prints an error as one line (a stack only with --debug) and returns the exit code to use. */
export function reportError(err: unknown, opts: Pick<OutputOptions, 'debug'>): number {
  if (isUserError(err)) {
    process.stderr.write(`${red('flipside:')} ${err.message}\n`);
    if (opts.debug && err.stack) process.stderr.write(`${err.stack}\n`);
    return err.exitCode;
  }
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`${red('flipside: internal error:')} ${message.split('\n')[0]}\n`);
  if (opts.debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  else process.stderr.write('This is a bug in flipside. Run again with --debug to see where it happened.\n');
  return ExitCode.internal;
}

/** A progress callback drawing one self-overwriting stderr line, or nothing when stderr is not a terminal. */
export function createProgress(opts: OutputOptions): ((file: string, read: number, total: number) => void) | undefined {
  if (opts.quiet || process.stderr.isTTY !== true) return undefined;
  let lastDraw = 0;
  return (file, read, total) => {
    const now = performance.now();
    if (now - lastDraw < 100 && read < total) return;
    lastDraw = now;
    const pct = total > 0 ? Math.min(100, Math.floor((read / total) * 100)) : 0;
    const name = file.length > 50 ? `…${file.slice(-49)}` : file;
    process.stderr.write(`\r\u001b[2Kreading ${name} ${pct}%`);
    if (read >= total) process.stderr.write('\r\u001b[2K');
  };
}

/** Plain informational line on stderr unless --quiet. */
export function info(opts: Pick<OutputOptions, 'quiet'>, line: string): void {
  if (!opts.quiet) process.stderr.write(`${line}\n`);
}
