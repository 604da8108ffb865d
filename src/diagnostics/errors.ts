/**
 * A UserError ends a run with a one-line message and an exit code. It is for expected failures
 * (unreadable input, bad options); anything else thrown is a bug and shows a stack only with --debug.
 */
export const ExitCode = {
  ok: 0,
  /** Something went wrong that is not the user's fault (a bug). */
  internal: 1,
  /** The input cannot be used: unknown archive kind, unreadable file, nothing usable left. */
  badInput: 2,
  /** Command-line usage error. */
  usage: 64,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.badInput,
  ) {
    super(message);
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
