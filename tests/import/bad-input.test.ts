import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runCli } from '../helpers/io.ts';
import { EXPORT_JSON, writeWorkbook } from './kumu-fixtures.ts';

async function scratch(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'care-map-bad-import-'));
  onTestFinished(() => rm(folder, { recursive: true, force: true }));
  return folder;
}

/** Imports `name` (written with `bytes`) and expects exit 1, one line on stderr, and nothing written. */
async function refused(name: string, bytes: Uint8Array | string | ((file: string) => Promise<void>)): Promise<string> {
  const cwd = await scratch();
  const file = path.join(cwd, name);
  if (typeof bytes === 'function') await bytes(file);
  else await writeFile(file, bytes);
  const result = await runCli(['import', 'kumu', name, '--out', 'content'], { cwd });
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr.split('\n')).toHaveLength(1);
  expect(await readdir(cwd)).toEqual([name]);
  return result.stderr;
}

/**
 * A zip whose entries declare the uncompressed size given (the real one when
 * absent): a bomb can lie. Compressed by node:zlib, which makes 200 MB of
 * zeros in a moment.
 */
function zip(entries: { name: string; data: Uint8Array; declared?: number }[]): Uint8Array {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { name, data, declared } of entries) {
    const packed = deflateRawSync(data, { level: 1 });
    const fileName = Buffer.from(name);
    const sizes = (header: Buffer, at: number) => {
      header.writeUInt32LE(crc32(data), at);
      header.writeUInt32LE(packed.length, at + 4);
      header.writeUInt32LE(declared ?? data.length, at + 8);
      header.writeUInt16LE(fileName.length, at + 12);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    sizes(local, 14);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    sizes(central, 16);
    central.writeUInt32LE(offset, 42);
    parts.push(local, fileName, packed);
    directory.push(central, fileName);
    offset += local.length + fileName.length + packed.length;
  }
  const size = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, ...directory, end]));
}

describe('care-map import kumu refuses bad input with one line, and writes nothing', () => {
  it('truncated JSON: the file, line and column', async () => {
    const text = await readFile(EXPORT_JSON, 'utf8');
    const cut = text.slice(0, 1000);
    const lines = cut.split('\n');
    expect(await refused('export.json', cut)).toBe(`export.json:${lines.length}:${lines.at(-1)!.length + 1}: not valid JSON: it ends too early (truncated?)`);
  });

  it('JSON that is not a Kumu export, and a JSON export with a broken element', async () => {
    expect(await refused('other.json', '{"nodes": []}')).toBe('other.json: JSON without an "elements" list at the top: not a Kumu export or blueprint');
    expect(await refused('broken.json', '{"elements": [{"_id": "e1", "attributes": {}}, {"attributes": {"label": "No id"}}]}')).toBe('broken.json: elements[1] has no "_id"');
  });

  it('a CSV with the wrong headers: the file and row', async () => {
    expect(await refused('people.csv', 'Name,Kind,Notes\r\nAda,Person,\r\n')).toBe(
      'people.csv, row 1: this header row is neither an Elements sheet ("Label" first, or after "ID") nor a Connections sheet ("From", "To"); found "Name, Kind, Notes"',
    );
  });

  it('a broken CSV: the file and line', async () => {
    expect(await refused('elements.csv', 'Label,Type\r\n"Corner Café,Business\r\n')).toMatch(/^elements\.csv, line \d: not a readable CSV file: /);
  });

  it('a file that only pretends to be a workbook', async () => {
    expect(await refused('map.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]))).toMatch(/^map\.xlsx: starts like a workbook \(a zip file\) but is not a readable one: /);
    expect(await refused('notes.xlsx', zip([{ name: 'notes.txt', data: Buffer.from('not a workbook') }]))).toBe('notes.xlsx: a zip file, but not an XLSX workbook (it has no xl/workbook.xml)');
    expect(await refused('text.xlsx', 'just some text\n')).toMatch(/^text\.xlsx, row 1: this header row is neither/);
  });

  it('a zip bomb posing as XLSX that declares its size: stopped before inflating', async () => {
    const bomb = zip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }, { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<x/>'), declared: 0xfff00000 }]);
    expect(await refused('bomb.xlsx', bomb)).toMatch(/^bomb\.xlsx: its files would inflate to more than 200 MB; this looks like a zip bomb, not a Kumu workbook/);
  });

  it('a zip bomb that lies about its size: stopped while inflating', async () => {
    const zeros = new Uint8Array(210 * 1024 * 1024);
    const bomb = zip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }, { name: 'xl/worksheets/sheet1.xml', data: zeros, declared: 1000 }]);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expect(await refused('bomb.xlsx', bomb)).toBe('bomb.xlsx: "xl/worksheets/sheet1.xml" inflates to more than it declares; this looks like a zip bomb, not a Kumu workbook (limit 200 MB inflated, 5000 files)');
  }, 60_000);

  it('an input over the size limit, refused before it is read', async () => {
    expect(await refused('huge.json', (file) => writeFile(file, '').then(() => truncate(file, 60 * 1024 * 1024)))).toBe('huge.json: 60.0 MB is over the 50 MB limit for an import file');
  });

  it('a binary file that is none of the formats', async () => {
    expect(await refused('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0xc3]))).toBe('photo.jpg: neither UTF-8 text (JSON or CSV) nor an XLSX workbook');
  });

  it('a connections sheet without its elements sheet', async () => {
    expect(await refused('connections.csv', 'From,To,Type\r\nA,B,Commons Membership\r\n')).toMatch(/^connections\.csv: no Elements sheet/);
  });

  it('a non-empty --out without --force: exit 1, the folder untouched', async () => {
    const cwd = await scratch();
    await writeFile(path.join(cwd, 'keep.md'), 'mine');
    const result = await runCli(['import', 'kumu', EXPORT_JSON, '--out', '.'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('. already holds files: choose an empty folder, or add --force to replace it');
    expect(await readdir(cwd)).toEqual(['keep.md']);
  });

  it('a workbook without its sheets is refused like the CSV files', async () => {
    const cwd = await scratch();
    await writeWorkbook(path.join(cwd, 'good.xlsx'));
    const result = await runCli(['import', 'kumu', 'good.xlsx', 'missing.csv', '--out', 'content'], { cwd });
    expect(result).toMatchObject({ code: 1, stderr: 'missing.csv: no such file' });
    expect(await readdir(cwd)).toEqual(['good.xlsx']);
  });
});
