/**
 * Diagnostics are values, not exceptions: bad data in an archive becomes a Diagnostic and the import
 * goes on. The sentence a person reads comes from the message table (messages.ts), keyed by `code`.
 */
import { messageFor, type MessageCode } from './messages.ts';

export type Severity = 'info' | 'warning' | 'error';

export interface Diagnostic {
  readonly code: MessageCode;
  readonly severity: Severity;
  /** Path of the entry inside the archive (or the archive itself), as the user would find it. */
  readonly file?: string;
  /** 1-based data row (CSV) or element index (JSON) where the problem was seen. */
  readonly row?: number;
  /** Values interpolated into the message template. */
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Builds a diagnostic value; the message text is looked up when it is rendered. */
export function diagnostic(
  code: MessageCode,
  severity: Severity,
  where: { file?: string; row?: number } = {},
  params?: Record<string, string | number>,
): Diagnostic {
  return {
    code,
    severity,
    ...(where.file !== undefined ? { file: where.file } : {}),
    ...(where.row !== undefined ? { row: where.row } : {}),
    ...(params !== undefined ? { params } : {}),
  };
}

/** The one-line, human-readable form: `file, row N: message (hint)`. */
export function formatDiagnostic(d: Diagnostic): string {
  const { message, hint } = messageFor(d.code, d.params ?? {});
  const where = [d.file, d.row !== undefined ? `row ${d.row}` : undefined].filter(Boolean).join(', ');
  return `${where ? `${where}: ` : ''}${message}${hint ? ` (${hint})` : ''}`;
}

/** Collects diagnostics while an importer runs; caps repeats of one code per file so a broken file cannot flood the report. */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];
  /** How many diagnostics were counted but not kept, per code and file. */
  readonly suppressed = new Map<string, number>();
  readonly #perKey = new Map<string, number>();

  constructor(readonly maxPerCodeAndFile = 50) {}

  add(d: Diagnostic): void {
    const key = `${d.code}\u0000${d.file ?? ''}`;
    const n = (this.#perKey.get(key) ?? 0) + 1;
    this.#perKey.set(key, n);
    if (n <= this.maxPerCodeAndFile) this.items.push(d);
    else this.suppressed.set(key, (this.suppressed.get(key) ?? 0) + 1);
  }

  /** Total count per code, including suppressed repeats. */
  counts(): Map<MessageCode, number> {
    const out = new Map<MessageCode, number>();
    for (const [key, n] of this.#perKey) {
      const code = key.split('\u0000')[0] as MessageCode;
      out.set(code, (out.get(code) ?? 0) + n);
    }
    return out;
  }
}
