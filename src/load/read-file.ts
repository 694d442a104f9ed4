import { readFile, stat } from 'node:fs/promises';
import { RULES, type Diagnostic, type RuleId } from '../core/diagnostic.ts';

/** Larger than any honest element file; parsing more would only slow a check down. */
export const MAX_FILE_BYTES = 1_000_000;

export type ReadResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/** Reads a content file as UTF-8 text, refusing huge, binary and unreadable files with a diagnostic. */
export async function readContentFile(absolute: string, shown: string): Promise<ReadResult> {
  const fail = (rule: RuleId, message: string): ReadResult => ({
    ok: false,
    diagnostic: { file: shown, line: 1, column: 1, severity: RULES[rule], rule, message },
  });
  try {
    const info = await stat(absolute);
    if (!info.isFile()) return fail('unreadable-file', 'not a regular file');
    if (info.size > MAX_FILE_BYTES) {
      return fail('file-too-large', `file is ${(info.size / 1_000_000).toFixed(1)} MB; content files must be under ${MAX_FILE_BYTES / 1_000_000} MB`);
    }
    const bytes = await readFile(absolute);
    if (bytes.includes(0)) return fail('binary-file', 'this is a binary file, not Markdown text; content files must be UTF-8 text');
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return fail('binary-file', 'this file is not UTF-8 text; save it as UTF-8');
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return fail('unreadable-file', `cannot read the file (${code})`);
  }
}
