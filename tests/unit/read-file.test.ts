import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readContentFile } from '../../src/load/read-file.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'care-map-read-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const write = async (name: string, content: string | Uint8Array) => {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
};
const messageOf = (result: ReturnType<typeof readContentFile>) => (result.ok ? result.text : `${result.diagnostic.rule}: ${result.diagnostic.message}`);

describe('readContentFile', () => {
  it('reads a file of exactly the largest size allowed, and refuses one byte more', async () => {
    const largest = await write('largest.md', 'x'.repeat(MAX_FILE_BYTES));
    const larger = await write('larger.md', 'x'.repeat(MAX_FILE_BYTES + 1));
    expect(messageOf(readContentFile(largest, 'largest.md')).length).toBe(MAX_FILE_BYTES);
    expect(messageOf(readContentFile(larger, 'larger.md'))).toBe('file-too-large: file is 1.0 MB; content files must be under 1 MB');
  });

  it('keeps nothing of one file in the next (the read buffer is shared)', async () => {
    const long = await write('long.md', 'a'.repeat(5000));
    const short = await write('short.md', 'bc');
    const empty = await write('empty.md', '');
    expect(messageOf(readContentFile(long, 'long.md'))).toBe('a'.repeat(5000));
    expect(messageOf(readContentFile(short, 'short.md'))).toBe('bc');
    expect(messageOf(readContentFile(empty, 'empty.md'))).toBe('');
  });

  it('says what is wrong with a folder, a missing file, and bytes that are not UTF-8 text', async () => {
    await mkdir(path.join(dir, 'folder.md'));
    const diagnostic = readContentFile(path.join(dir, 'folder.md'), 'content/folder.md');
    expect(diagnostic).toEqual({
      ok: false,
      diagnostic: { file: 'content/folder.md', line: 1, column: 1, severity: 'error', rule: 'unreadable-file', message: 'not a regular file' },
    });
    expect(messageOf(readContentFile(path.join(dir, 'missing.md'), 'missing.md'))).toBe('unreadable-file: cannot read the file (ENOENT)');
    expect(messageOf(readContentFile(await write('nul.md', new Uint8Array([0x61, 0, 0x62])), 'nul.md'))).toMatch(/^binary-file: this is a binary file/);
    expect(messageOf(readContentFile(await write('latin1.md', new Uint8Array([0x63, 0x61, 0x66, 0xe9])), 'latin1.md'))).toBe('binary-file: this file is not UTF-8 text; save it as UTF-8');
  });

  it('drops a UTF-8 byte order mark, as the decoder always did', async () => {
    expect(messageOf(readContentFile(await write('bom.md', '\uFEFF---\n'), 'bom.md'))).toBe('---\n');
  });
});
