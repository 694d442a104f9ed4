import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { KumuInputError, type KumuSheet } from '../core/kumu/index.ts';

/** An XLSX workbook may hold at most this much once inflated, and this many files: far beyond any real Kumu sheet. */
export const WORKBOOK_LIMITS = { inflatedBytes: 200 * 1024 * 1024, entries: 5_000 };

/** Inflated a piece at a time, so a zip bomb is stopped after at most one piece beyond the limit (deflate expands 1,032:1 at most). */
const PIECE = 16 * 1024;

/**
 * The sheets of an XLSX workbook. Zip-bomb safe: the sizes its central
 * directory declares are checked before anything is inflated, then the real
 * sizes while inflating in pieces (a bomb may declare small sizes), so time
 * and memory stay bounded; only then does read-excel-file read it.
 */
export async function readWorkbook(bytes: Uint8Array, source: string): Promise<KumuSheet[]> {
  checkSizes(bytes, source);
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    throw new KumuInputError(`${source}: not a readable XLSX workbook: ${error instanceof Error ? error.message : String(error)}`);
  }
  return sheets.map(({ sheet, data }) => ({ source: `${source}, sheet "${sheet}"`, name: sheet, rows: data.map((row) => row.map(cellText)) }));
}

function checkSizes(bytes: Uint8Array, source: string): void {
  const tooBig = (what: string) => new KumuInputError(`${source}: ${what}; this looks like a zip bomb, not a Kumu workbook (limit ${WORKBOOK_LIMITS.inflatedBytes / 1024 / 1024} MB inflated, ${WORKBOOK_LIMITS.entries} files)`);
  const names = new Set<string>();
  let declared = 0;
  try {
    // With a filter that takes nothing, fflate reads the central directory only.
    unzipSync(bytes, {
      filter: (file) => {
        names.add(file.name);
        declared += file.originalSize;
        if (names.size > WORKBOOK_LIMITS.entries) throw tooBig(`it holds more than ${WORKBOOK_LIMITS.entries} files`);
        if (declared > WORKBOOK_LIMITS.inflatedBytes) throw tooBig(`its files would inflate to more than ${WORKBOOK_LIMITS.inflatedBytes / 1024 / 1024} MB`);
        return false;
      },
    });
  } catch (error) {
    if (error instanceof KumuInputError) throw error;
    throw new KumuInputError(`${source}: starts like a workbook (a zip file) but is not a readable one: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!names.has('xl/workbook.xml')) throw new KumuInputError(`${source}: a zip file, but not an XLSX workbook (it has no xl/workbook.xml)`);

  let inflated = 0;
  let failure: Error | undefined;
  const unzip = new Unzip((file) => {
    file.ondata = (error, chunk) => {
      if (error) failure ??= error;
      inflated += chunk?.length ?? 0;
      if (inflated > WORKBOOK_LIMITS.inflatedBytes) {
        failure ??= tooBig(`its files inflate to more than ${WORKBOOK_LIMITS.inflatedBytes / 1024 / 1024} MB, more than they declare`);
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !failure; at += PIECE) unzip.push(bytes.subarray(at, at + PIECE), at + PIECE >= bytes.length);
  } catch (error) {
    failure ??= error instanceof Error ? error : new Error(String(error));
  }
  if (failure instanceof KumuInputError) throw failure;
  if (failure) throw new KumuInputError(`${source}: starts like a workbook (a zip file) but is not a readable one: ${failure.message}`);
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}
