import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadCompiledCli } from '../../bin/compiled-cli.js';
import { FIXTURES, PROJECT_ROOT } from '../helpers/content.ts';
import { runCli } from '../helpers/io.ts';

/**
 * A tiny project with the two files the bundle starts from. It lives under
 * node_modules, where vitest leaves imports to Node, as bin/care-map.js does.
 */
async function tinyProject() {
  const scratch = path.join(PROJECT_ROOT, 'node_modules', '.cache');
  await mkdir(scratch, { recursive: true });
  const root = await mkdtemp(path.join(scratch, 'care-map-test-'));
  onTestFinished(() => rm(root, { recursive: true, force: true }));
  await mkdir(path.join(root, 'src', 'cli'), { recursive: true });
  const write = (file: string, text: string) => writeFile(path.join(root, 'src', 'cli', file), text);
  await write('main.ts', "import { greeting } from './greeting.ts';\nexport async function run(argv: readonly string[], io: { stdout(text: string): void }): Promise<number> {\n  io.stdout(`${greeting} ${argv.join(' ')}`);\n  return 0;\n}\n");
  await write('io.ts', 'export const processIo = { cwd: process.cwd() };\n');
  await write('greeting.ts', "export const greeting: string = 'hello';\n");
  return { root, cacheDir: path.join(root, 'cache'), write };
}

describe('the compiled CLI (bin/compiled-cli.js)', () => {
  it('is built on first use, reused while the sources are unchanged, and rebuilt when one changes', async () => {
    const { root, cacheDir, write } = await tinyProject();
    const first = await loadCompiledCli({ root, cacheDir });
    expect(first).toBeDefined();
    expect((await runCli(['a'], { cwd: root, cli: first })).stdout).toBe('hello a');
    const builds = (await readdir(cacheDir)).filter((name) => name.startsWith('build-'));
    expect(builds).toHaveLength(1);

    const again = await loadCompiledCli({ root, cacheDir });
    expect((await runCli(['b'], { cwd: root, cli: again })).stdout).toBe('hello b');
    expect((await readdir(cacheDir)).filter((name) => name.startsWith('build-'))).toEqual(builds);

    await write('greeting.ts', "export const greeting: string = 'bonjour';\n");
    const changed = await loadCompiledCli({ root, cacheDir });
    expect((await runCli(['c'], { cwd: root, cli: changed })).stdout).toBe('bonjour c');
  });

  it('is undefined, so that tsx runs the sources, when the sources do not compile or the cache cannot be written', async () => {
    const { root, cacheDir, write } = await tinyProject();
    await write('greeting.ts', "export const greeting: string = 'unclosed;\n");
    expect(await loadCompiledCli({ root, cacheDir })).toBeUndefined();
    await write('greeting.ts', "export const greeting: string = 'fixed';\n");
    expect((await runCli([], { cwd: root, cli: (await loadCompiledCli({ root, cacheDir }))! })).stdout).toBe('fixed ');

    const file = path.join(root, 'not-a-folder');
    await writeFile(file, '');
    const fresh = await tinyProject();
    expect(await loadCompiledCli({ root: fresh.root, cacheDir: path.join(file, 'cache') })).toBeUndefined();
  });

  it("prints exactly what the sources print, for the project's own commands", async () => {
    const compiled = await loadCompiledCli();
    expect(compiled).toBeDefined();
    const commands = [
      ['check', '--content', 'broken'],
      ['check', '--content', 'broken', '--format', 'json'],
      ['check', '--content', 'broken', '--format', 'github'],
      ['check', '--content', 'valid'],
      ['review', '--content', 'valid'],
      ['check', '--format', 'yaml'],
      ['help'],
      [],
    ];
    for (const argv of commands) {
      expect(await runCli(argv, { cwd: FIXTURES, cli: compiled }), argv.join(' ')).toEqual(await runCli(argv, { cwd: FIXTURES }));
    }
  });
});
