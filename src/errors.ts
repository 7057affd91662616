/**
 * Errors that precis reports about one input, and the exit codes of the CLI.
 */

/**
 * Exit codes of the `precis` command. The README's table and `test/exitCodes.test.ts` pin them.
 */
export const EXIT_CODES = Object.freeze({
  /** Every input was summarized. */
  ok: 0,
  /** At least one input failed; the others were still printed. */
  inputFailed: 1,
  /** The command line was wrong (unknown option, bad value), or no input was given on a terminal. */
  usage: 2,
  /** The output could not be written (disk full, a failing device); what was printed may be incomplete. */
  outputFailed: 3,
  /** Interrupted by SIGINT, after finishing the line being written. */
  interrupted: 130,
} as const);

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/** Machine-readable codes of per-input errors, as they appear in error records. */
export type InputErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'no-inputs'
  | 'bad-record'
  | 'bad-encoding'
  | 'fetch-failed'
  | 'internal';

/** A failure to summarize one input: `message` is one human sentence. */
export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'InputError';
  }
}

/** A wrong command line: printed with a hint to `--help`, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Why a write failed, in words, for the error codes a full disk or a closed stream give. */
export const WRITE_ERRORS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'the file is too large',
  EBADF: 'standard output is closed',
  EIO: 'input/output error',
};

/** The sentence said on stderr when stdout could not be written (not for EPIPE: that is no error). */
export function writeFailureText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return `the output could not be written (${(code && WRITE_ERRORS[code]) ?? code ?? (error as Error)?.message ?? 'unknown error'}).`;
}
