import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { writeInBackground } from '../../src/cli/background-write.ts';

async function scratch(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'care-map-write-'));
  onTestFinished(() => rm(folder, { recursive: true, force: true }));
  return folder;
}

describe('writing the imported files in a worker thread', () => {
  it('writes every file handed over, in batches, into a fresh folder', async () => {
    const folder = path.join(await scratch(), 'content.importing');
    const writing = writeInBackground();
    writing.begin(folder, ['elements']);
    const files = Array.from({ length: 250 }, (_, i): [string, string] => [`elements/e${i}.md`, `---\nname: E${i}\n---\n`]);
    writing.write(files.slice(0, 100));
    writing.write(files.slice(100));
    await writing.finished();
    expect((await readdir(path.join(folder, 'elements'))).length).toBe(250);
    expect(await readFile(path.join(folder, 'elements', 'e249.md'), 'utf8')).toBe('---\nname: E249\n---\n');
  });

  it('reports a file it cannot write with the error of the file system', async () => {
    const folder = path.join(await scratch(), 'content.importing');
    const writing = writeInBackground();
    writing.begin(folder, ['elements']);
    writing.write([['elements/a.md', 'a'], ['maps/no-such-folder.md', 'b']]);
    await expect(writing.finished()).rejects.toThrow(/ENOENT: no such file or directory, open '.*maps\/no-such-folder\.md'/);
  });
});
