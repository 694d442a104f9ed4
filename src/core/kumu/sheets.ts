import { parse } from 'csv-parse/sync';
import { fieldKey, KumuInputError, listOf, type KumuConnection, type KumuElement, type KumuProject, type KumuValue, type LeftOut } from './project.ts';

/** One sheet of Kumu's spreadsheet: a CSV file, or a sheet of a workbook. */
export interface KumuSheet {
  /** As shown in messages: "elements.csv", or "map.xlsx, sheet Elements". */
  source: string;
  /** The sheet's name in a workbook; Kumu skips one whose name has "(ignore)". */
  name?: string;
  rows: string[][];
}

/** The rows of a CSV file (RFC 4180, any line ending, a BOM allowed). */
export function csvRows(text: string, source: string): string[][] {
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const reason = error instanceof Error ? error.message.replace(/^Invalid Record Length: |^[A-Za-z ]+: /, '') : String(error);
    throw new KumuInputError(`${source}${line ? `, line ${line}` : ''}: not a readable CSV file: ${reason}`);
  }
}

/**
 * Kumu's spreadsheet import: an Elements sheet (`Label` first, or after `ID`;
 * then Type, Description, Tags, custom columns) and a Connections sheet (From,
 * To, Type, Direction, …), each recognised by its header row; "|" separates
 * several values, and a `To` of `A|B` makes one connection each.
 */
export function readKumuSheets(sheets: readonly KumuSheet[]): KumuProject {
  const elements: KumuElement[] = [];
  const connections: KumuConnection[] = [];
  const leftOut: LeftOut[] = [];
  let sawElements = false;
  for (const sheet of sheets) {
    if (sheet.name && /\(ignore\)/i.test(sheet.name)) continue;
    const headerIndex = sheet.rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
    if (headerIndex < 0) continue;
    const header = sheet.rows[headerIndex]!.map((cell) => fieldKey(undefuse(cell)));
    const rows = sheet.rows.slice(headerIndex + 1).map((cells, i) => ({ cells, at: `${sheet.source}, row ${headerIndex + i + 2}` }));
    const column = (name: string) => header.indexOf(name);
    if (column('label') >= 0 && column('label') <= 1) {
      sawElements = true;
      readElements(sheet.rows[headerIndex]!, rows, elements, leftOut);
    } else if (column('from') >= 0 && column('to') >= 0) {
      readConnections(sheet.rows[headerIndex]!, rows, connections);
    } else {
      const found = sheet.rows[headerIndex]!.slice(0, 6).join(', ');
      throw new KumuInputError(
        `${sheet.source}, row ${headerIndex + 1}: this header row is neither an Elements sheet ("Label" first, or after "ID") nor a Connections sheet ("From", "To"); found "${found}"`,
      );
    }
  }
  if (!sawElements) throw new KumuInputError(`${sheets.map((s) => s.source).join(', ')}: no Elements sheet (a header row starting with "Label" or "ID, Label"); give it with the Connections sheet`);
  return { name: undefined, elements, connections, maps: [], leftOut };
}

type Row = { cells: string[]; at: string };

function readElements(header: string[], rows: readonly Row[], out: KumuElement[], leftOut: LeftOut[]): void {
  const keys = header.map((cell) => fieldKey(undefuse(cell)));
  for (const { cells, at } of rows) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    const fields = new Map<string, KumuValue>();
    let label = '';
    let id = '';
    let type: string | undefined;
    let description: string | undefined;
    let tags: string[] = [];
    cells.forEach((raw, i) => {
      const value = undefuse(raw).trim();
      if (value === '' || header[i] === undefined) return;
      const key = keys[i];
      if (key === 'label') label = value;
      else if (key === 'id') id = value;
      else if (key === 'type') type = value;
      else if (key === 'description') description = value;
      else if (key === 'tags') tags = listOf(value);
      else fields.set(header[i]!.trim(), value);
    });
    if (label === '') {
      leftOut.push({ what: at, reason: 'no Label' });
      continue;
    }
    out.push({ key: id || label, label, type, description, tags, fields, at });
  }
}

function readConnections(header: string[], rows: readonly Row[], out: KumuConnection[]): void {
  const keys = header.map((cell) => fieldKey(undefuse(cell)));
  for (const { cells, at } of rows) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    const fields = new Map<string, KumuValue>();
    let from: string[] = [];
    let to: string[] = [];
    let type: string | undefined;
    cells.forEach((raw, i) => {
      const value = undefuse(raw).trim();
      if (value === '' || header[i] === undefined) return;
      const key = keys[i];
      if (key === 'from') from = listOf(value);
      else if (key === 'to') to = listOf(value);
      else if (key === 'type') type = value;
      else fields.set(header[i]!.trim(), value);
    });
    if (from.length === 0 || to.length === 0) {
      out.push({ from: from[0] ?? '', to: to[0] ?? '', type, fields, at });
      continue;
    }
    for (const a of from) for (const b of to) out.push({ from: a, to: b, type, fields, at });
  }
}

/** Undoes the formula defusing of our own exports (and of careful spreadsheets): "'=x" is the text "=x". */
function undefuse(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
