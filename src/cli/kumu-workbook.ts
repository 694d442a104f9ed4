import { fromBufferPromise, type Entry, type ZipFile } from 'yauzl';
import readXlsxFile from 'read-excel-file/node';
import { KumuInputError, type KumuSheet } from '../core/kumu/index.ts';

/** An XLSX workbook may hold at most this much once inflated, and this many files: far beyond any real Kumu sheet. */
export const WORKBOOK_LIMITS = { inflatedBytes: 200 * 1024 * 1024, entries: 5_000 };

/**
 * The sheets of an XLSX workbook. Zip-bomb safe: yauzl reads the sizes its
 * central directory declares, which are checked before anything is inflated,
 * then inflates each file as a stream that stops as soon as it yields more
 * than declared (a bomb may declare small sizes), so time and memory stay
 * bounded; only then does read-excel-file read it.
 */
export async function readWorkbook(bytes: Uint8Array, source: string): Promise<KumuSheet[]> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await checkSizes(buffer, source);
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(buffer);
  } catch (error) {
    throw new KumuInputError(`${source}: not a readable XLSX workbook: ${error instanceof Error ? error.message : String(error)}`);
  }
  return sheets.map(({ sheet, data }) => ({ source: `${source}, sheet "${sheet}"`, name: sheet, rows: data.map((row) => row.map(cellText)) }));
}

async function checkSizes(bytes: Buffer, source: string): Promise<void> {
  const limit = `limit ${WORKBOOK_LIMITS.inflatedBytes / 1024 / 1024} MB inflated, ${WORKBOOK_LIMITS.entries} files`;
  const bomb = (what: string) => new KumuInputError(`${source}: ${what}; this looks like a zip bomb, not a Kumu workbook (${limit})`);
  const unreadable = (error: unknown) => new KumuInputError(`${source}: starts like a workbook (a zip file) but is not a readable one: ${error instanceof Error ? error.message : String(error)}`);
  let zip: ZipFile;
  try {
    zip = await fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
  } catch (error) {
    throw unreadable(error);
  }
  if (zip.entryCount > WORKBOOK_LIMITS.entries) throw bomb(`it holds ${zip.entryCount} files`);
  const entries = await new Promise<Entry[]>((resolve, reject) => {
    const found: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      found.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(found));
    zip.on('error', (error) => reject(unreadable(error)));
    zip.readEntry();
  });
  if (entries.reduce((sum, e) => sum + e.uncompressedSize, 0) > WORKBOOK_LIMITS.inflatedBytes) throw bomb(`its files would inflate to more than ${WORKBOOK_LIMITS.inflatedBytes / 1024 / 1024} MB`);
  if (!entries.some((e) => e.fileName === 'xl/workbook.xml')) throw new KumuInputError(`${source}: a zip file, but not an XLSX workbook (it has no xl/workbook.xml)`);
  // yauzl stops a stream the moment it yields more than its entry declares.
  for (const entry of entries) {
    if (entry.fileName.endsWith('/')) continue;
    try {
      for await (const _chunk of await zip.openReadStreamPromise(entry));
    } catch (error) {
      if (error instanceof Error && /too many bytes/.test(error.message)) throw bomb(`"${entry.fileName}" inflates to more than it declares`);
      throw unreadable(error);
    }
  }
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}
