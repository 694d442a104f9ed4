import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadContent } from '../../src/load/load-content.ts';
import { runCli } from '../helpers/io.ts';

async function emptyFolder(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'care-map-init-'));
  onTestFinished(() => rm(root, { recursive: true, force: true }));
  return root;
}

describe('care-map init', () => {
  it('writes site.yml, one default map and the convening partner, which pass check without an error', async () => {
    const root = await emptyFolder();
    const result = await runCli(['init', 'Riverside Care Commons'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      'created content/site.yml',
      'created content/maps/care-commons.md',
      'created content/elements/riverside-care-commons-convening-partner.md',
    ]);
    const loaded = await loadContent('content', { cwd: root });
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(loaded.commons?.site).toMatchObject({ title: 'Riverside Care Commons', branch: 'main', contentPath: 'content', reviewAfterDays: 365 });
    expect(loaded.commons?.maps).toEqual([expect.objectContaining({ id: 'care-commons', title: 'Riverside Care Commons', default: true })]);
    expect(loaded.commons?.elements).toEqual([expect.objectContaining({ name: 'Riverside Care Commons Convening Partner', type: 'convening-partner', privacy: 'public' })]);
    expect((await runCli(['check'], { cwd: root })).code).toBe(0);
  });

  it('names the partner with --partner and writes into --content, recording it as content_path', async () => {
    const root = await emptyFolder();
    const result = await runCli(['init', 'Riverside Care Commons', '--content', 'maps/riverside', '--partner', 'Riverside Care Co-op'], { cwd: root });
    expect(result.code).toBe(0);
    expect(await readdir(path.join(root, 'maps/riverside/elements'))).toEqual(['riverside-care-co-op.md']);
    const loaded = await loadContent('maps/riverside', { cwd: root });
    expect(loaded.commons?.site.contentPath).toBe('maps/riverside');
    expect(loaded.commons?.elements[0]?.name).toBe('Riverside Care Co-op');
  });

  it('honours CARE_MAP_CONTENT and accepts an empty folder', async () => {
    const root = await emptyFolder();
    await mkdir(path.join(root, 'mine'));
    expect((await runCli(['init', 'X Commons'], { cwd: root, env: { CARE_MAP_CONTENT: 'mine' } })).code).toBe(0);
    expect(existsSync(path.join(root, 'mine/site.yml'))).toBe(true);
  });

  it('exits 1 and writes nothing when the folder already holds content', async () => {
    const root = await emptyFolder();
    await mkdir(path.join(root, 'content/elements'), { recursive: true });
    await writeFile(path.join(root, 'content/elements/ada.md'), 'mine');
    const result = await runCli(['init', 'Riverside Care Commons'], { cwd: root });
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'content already holds content (elements); nothing was written. Choose another folder with --content, or remove the example content first.',
    });
    expect(await readdir(path.join(root, 'content'))).toEqual(['elements']);
    expect(await readFile(path.join(root, 'content/elements/ada.md'), 'utf8')).toBe('mine');
  });

  it('exits 2 without a title, or with more than one', async () => {
    const root = await emptyFolder();
    expect((await runCli(['init'], { cwd: root })).code).toBe(2);
    expect((await runCli(['init', 'A', 'B'], { cwd: root })).code).toBe(2);
    expect((await runCli(['init', '  '], { cwd: root })).code).toBe(2);
    expect(existsSync(path.join(root, 'content'))).toBe(false);
  });
});
