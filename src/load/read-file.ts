import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { RULES, type Diagnostic, type RuleId } from '../core/diagnostic.ts';

/** Larger than any honest element file; parsing more would only slow a check down. */
export const MAX_FILE_BYTES = 1_000_000;

export type ReadResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Room for the largest file allowed and one byte more, to tell a larger one; shared by all reads. */
let scratch: Buffer | undefined;

/**
 * Reads a content file as UTF-8 text, refusing huge, binary and unreadable
 * files with a diagnostic. Synchronous on purpose: for thousands of small
 * files, one system call after another is several times faster than promises.
 */
export function readContentFile(absolute: string, shown: string): ReadResult {
  const fail = (rule: RuleId, message: string): ReadResult => ({
    ok: false,
    diagnostic: { file: shown, line: 1, column: 1, severity: RULES[rule], rule, message },
  });
  const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code ?? 'error';
  // What the file is comes before any read error: a folder or a huge file says so.
  const refuse = (info: () => Stats, error?: unknown): ReadResult => {
    let stats: Stats;
    try {
      stats = info();
    } catch (statError) {
      return fail('unreadable-file', `cannot read the file (${errorCode(error ?? statError)})`);
    }
    if (!stats.isFile()) return fail('unreadable-file', 'not a regular file');
    if (stats.size > MAX_FILE_BYTES) {
      return fail('file-too-large', `file is ${(stats.size / 1_000_000).toFixed(1)} MB; content files must be under ${MAX_FILE_BYTES / 1_000_000} MB`);
    }
    return fail('unreadable-file', `cannot read the file (${errorCode(error)})`);
  };

  let fd: number;
  try {
    // Non-blocking, so that a named pipe cannot hang the check.
    fd = openSync(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return refuse(() => statSync(absolute), error);
  }
  const buffer = (scratch ??= Buffer.allocUnsafe(MAX_FILE_BYTES + 1));
  let length = 0;
  try {
    for (let read = -1; read !== 0 && length < buffer.length; length += read) {
      read = readSync(fd, buffer, length, buffer.length - length, length);
    }
    // Too large, or nothing read (perhaps not a regular file): ask what the file is.
    if (length > MAX_FILE_BYTES || (length === 0 && !fstatSync(fd).isFile())) return refuse(() => fstatSync(fd));
  } catch (error) {
    return refuse(() => fstatSync(fd), error);
  } finally {
    closeSync(fd);
  }
  const bytes = buffer.subarray(0, length);
  if (bytes.includes(0)) return fail('binary-file', 'this is a binary file, not Markdown text; content files must be UTF-8 text');
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return fail('binary-file', 'this file is not UTF-8 text; save it as UTF-8');
  }
}
