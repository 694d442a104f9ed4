import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { csvRows, KumuInputError, readKumuJson, readKumuSheets, type KumuProject, type KumuSheet } from '../core/kumu/index.ts';

/** An import file may be at most this large: a Kumu export of 20,000 elements is about 10 MB. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/**
 * Reads the files of a Kumu export, recognised by content (never by file
 * name): a zip is a workbook, text starting with `{` is JSON, other text is a
 * CSV sheet. Throws KumuInputError with one line naming the file.
 */
export async function readKumuFiles(files: readonly string[], cwd: string): Promise<KumuProject> {
  const sheets: KumuSheet[] = [];
  const json: { source: string; value: unknown }[] = [];
  for (const file of files) {
    const source = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/') || file;
    const bytes = await readLimited(path.resolve(cwd, file), source);
    if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
      // The XLSX readers load only for a workbook: a tenth of a second that JSON and CSV imports need not wait.
      const { readWorkbook } = await import('./kumu-workbook.ts');
      sheets.push(...(await readWorkbook(bytes, source)));
      continue;
    }
    const text = decode(bytes, source);
    if (/^\s*[{[]/.test(text)) json.push({ source, value: parseJson(text, source) });
    else sheets.push({ source, rows: csvRows(text, source) });
  }
  if (json.length > 0) {
    if (json.length > 1 || sheets.length > 0) throw new KumuInputError(`${json[0]!.source}: give a JSON export alone, not with other files`);
    return readKumuJson(json[0]!.value, json[0]!.source);
  }
  return readKumuSheets(sheets);
}

async function readLimited(absolute: string, source: string): Promise<Uint8Array> {
  const info = await stat(absolute).catch(() => undefined);
  if (!info?.isFile()) throw new KumuInputError(`${source}: no such file`);
  if (info.size > MAX_INPUT_BYTES) throw new KumuInputError(`${source}: ${(info.size / 1024 / 1024).toFixed(1)} MB is over the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit for an import file`);
  if (info.size === 0) throw new KumuInputError(`${source}: the file is empty`);
  return new Uint8Array(await readFile(absolute));
}

function decode(bytes: Uint8Array, source: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new KumuInputError(`${source}: neither UTF-8 text (JSON or CSV) nor an XLSX workbook`);
  }
}

/** JSON.parse, with the line and column of a syntax error (a truncated file ends at its last character). */
function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /at position (\d+)/.exec(message);
    const offset = match ? Number(match[1]) : text.length;
    const before = text.slice(0, offset).split('\n');
    const reason = /end of JSON|Unterminated|Unexpected end/i.test(message) || offset >= text.trimEnd().length ? 'it ends too early (truncated?)' : message.replace(/ in JSON at position \d+.*$/, '').replace(/^Unexpected token/, 'unexpected character');
    throw new KumuInputError(`${source}:${before.length}:${before.at(-1)!.length + 1}: not valid JSON: ${reason}`);
  }
}
