/** Node edge: how the CLI talks to a person: one line per error, progress only on a terminal, NO_COLOR respected. */
import { isUserError } from '../diagnostics/errors.ts';
import { ExitCode } from '../diagnostics/errors.ts';

export interface OutputOptions {
  readonly quiet: boolean;
  readonly debug: boolean;
}

/** The slice of a stream the output helpers use, so tests can pass a fake terminal. */
export interface OutputStream {
  readonly isTTY?: boolean;
  write(s: string): unknown;
}

/**
 * Colour only on a terminal, and never when NO_COLOR is set to a non-empty value (no-color.org:
 * "when present and not an empty string").
 */
export function colorEnabled(stream: OutputStream, env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return stream.isTTY === true && (env.NO_COLOR ?? '') === '';
}

const red = (s: string, stream: OutputStream) => (colorEnabled(stream) ? `\u001b[31m${s}\u001b[39m` : s);

/**
 * Prints an error as exactly one line (the stack follows only with --debug) and returns the exit
 * code to use: a UserError's own code, or 1 for anything else (a bug).
 */
export function reportError(err: unknown, opts: Pick<OutputOptions, 'debug'>, stream: OutputStream = process.stderr): number {
  if (isUserError(err)) {
    stream.write(`${red('flipside:', stream)} ${oneLine(err.message)}\n`);
    if (opts.debug && err.stack) stream.write(`${err.stack}\n`);
    return err.exitCode;
  }
  const message = err instanceof Error ? err.message : String(err);
  const tail = opts.debug ? '' : ' (a bug in flipside; run again with --debug to see where it happened)';
  stream.write(`${red('flipside: internal error:', stream)} ${oneLine(message)}${tail}\n`);
  if (opts.debug && err instanceof Error && err.stack) stream.write(`${err.stack}\n`);
  return ExitCode.internal;
}

/** Commander's own usage errors ("error: unknown option '--x'") in the same `flipside: ` one-line form. */
export function formatUsageError(commanderText: string): string {
  return `flipside: ${oneLine(commanderText.replace(/^error:\s*/i, ''))}\n`;
}

/**
 * Last-resort handlers: an error thrown outside the awaited command (a stray stream 'error' event,
 * a rejected promise nobody awaited) would otherwise end the process with Node's multi-line stack.
 * Returns a function that removes them again.
 */
export function installCrashHandlers(opts: Pick<OutputOptions, 'debug'>, stream: OutputStream = process.stderr): () => void {
  // Once per process: main() may run more than once in one process (tests), and listeners would pile up.
  if (crashHandlersInstalled) return () => {};
  crashHandlersInstalled = true;
  const onError = (err: unknown) => {
    process.exitCode = reportError(err, opts, stream);
    // Anything still pending belongs to the run that just failed.
    process.exit();
  };
  process.on('uncaughtException', onError);
  process.on('unhandledRejection', onError);
  return () => {
    process.off('uncaughtException', onError);
    process.off('unhandledRejection', onError);
    crashHandlersInstalled = false;
  };
}

let crashHandlersInstalled = false;

/** A progress callback drawing one self-overwriting stderr line, or nothing when stderr is not a terminal or --quiet is set. */
export function createProgress(opts: OutputOptions, stream: OutputStream = process.stderr): ((file: string, read: number, total: number) => void) | undefined {
  if (opts.quiet || stream.isTTY !== true) return undefined;
  let lastDraw = 0;
  return (file, read, total) => {
    const now = performance.now();
    if (now - lastDraw < 100 && read < total) return;
    lastDraw = now;
    const pct = total > 0 ? Math.min(100, Math.floor((read / total) * 100)) : 0;
    const name = file.length > 50 ? `…${file.slice(-49)}` : file;
    stream.write(`\r\u001b[2Kreading ${name} ${pct}%`);
    if (read >= total) stream.write('\r\u001b[2K');
  };
}

/** Plain informational line on stderr unless --quiet. */
export function info(opts: Pick<OutputOptions, 'quiet'>, line: string, stream: OutputStream = process.stderr): void {
  if (!opts.quiet) stream.write(`${oneLine(line)}\n`);
}

/** A message on one line: an archive's text (an entry name, a parser's reason) may carry newlines or terminal escapes. */
export function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}
