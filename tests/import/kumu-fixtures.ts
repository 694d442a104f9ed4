import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import writeXlsxFile from 'write-excel-file/node';
import { csvRows } from '../../src/core/kumu/index.ts';

/** Kumu exports of Brambleford, a fictional care commons: one in every format Kumu gives. */
export const KUMU = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const EXPORT_JSON = path.join(KUMU, 'brambleford-export.json');
export const BLUEPRINT_JSON = path.join(KUMU, 'brambleford-blueprint.json');
export const ELEMENTS_CSV = path.join(KUMU, 'brambleford-elements.csv');
export const CONNECTIONS_CSV = path.join(KUMU, 'brambleford-connections.csv');

/** The two CSV sheets as one workbook, written by write-excel-file, with a sheet Kumu would skip. */
export async function writeWorkbook(file: string): Promise<void> {
  const sheet = async (csv: string) => csvRows(await readFile(csv, 'utf8'), csv).map((row) => row.map((value) => ({ value })));
  const ignored = [[{ value: 'Label' }], [{ value: 'Not an element: a note to ourselves' }]];
  const sheets = [
    { data: ignored, sheet: 'Notes (ignore)' },
    { data: await sheet(CONNECTIONS_CSV), sheet: 'Connections' },
    { data: await sheet(ELEMENTS_CSV), sheet: 'Elements' },
  ];
  const result = await writeXlsxFile(sheets).toBuffer();
  await writeFile(file, result);
}
