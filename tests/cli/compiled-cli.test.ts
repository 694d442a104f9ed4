import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { compileCli } from '../../bin/compile-cli.js';
import { FIXTURES, PROJECT_ROOT } from '../helpers/content.ts';

/**
 * A project folder outside this one, with a copy of bin/ and the given files,
 * and node_modules holding every package of the project's but those left out.
 */
async function projectCopy(options: { copy?: string[]; leaveOut?: string[] } = {}) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'care-map-compiled-'));
  onTestFinished(() => rm(root, { recursive: true, force: true }));
  for (const file of ['bin', 'package.json', 'tsconfig.json', ...(options.copy ?? [])]) {
    await cp(path.join(PROJECT_ROOT, file), path.join(root, file), { recursive: true });
  }
  await mkdir(path.join(root, 'node_modules'));
  for (const name of await readdir(path.join(PROJECT_ROOT, 'node_modules'))) {
    if (!options.leaveOut?.includes(name)) await symlink(path.join(PROJECT_ROOT, 'node_modules', name), path.join(root, 'node_modules', name));
  }
  return root;
}

function careMap(root: string, argv: string[], cwd = root) {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env['CARE_MAP_CONTENT'];
  const child = spawnSync(process.execPath, [path.join(root, 'bin', 'care-map.js'), ...argv], { cwd, env, encoding: 'utf8', timeout: 240_000 });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('the compiled CLI (npm run prepare: bin/compile-cli.js into lib/cli/)', () => {
  it('runs while it is as new as its sources; after a change the sources run, until it is compiled again', async () => {
    const root = await projectCopy();
    const write = (file: string, text: string) => writeFile(path.join(root, 'src', file), text);
    await mkdir(path.join(root, 'src', 'cli'), { recursive: true });
    await mkdir(path.join(root, 'src', 'site'), { recursive: true });
    // It says which file runs: main.js compiled, main.ts from the sources.
    await write('cli/main.ts', "import { greeting } from './greeting.ts';\nexport async function run(argv: readonly string[], io: { stdout(text: string): void }): Promise<number> {\n  io.stdout(`${greeting} ${argv.join(' ')} from ${import.meta.url.split('/').pop()}`);\n  return 0;\n}\n");
    await write('cli/io.ts', "export const processIo = { stdout: (text: string) => process.stdout.write(text + '\\n') };\n");
    await write('cli/greeting.ts', "export const greeting: string = 'hello';\n");
    // The worker threads' entry points (bin/compile-cli.js compiles them too).
    await write('site/prepare-worker.ts', 'export {};\n');
    await write('cli/write-worker.ts', 'export {};\n');

    expect(careMap(root, ['a']).stdout).toBe('hello a from main.ts\n');
    await compileCli(root);
    expect(careMap(root, ['b']).stdout).toBe('hello b from main.js\n');
    await write('cli/greeting.ts', "export const greeting: string = 'bonjour';\n");
    expect(careMap(root, ['c']).stdout).toBe('bonjour c from main.ts\n');
    await compileCli(root);
    expect(careMap(root, ['d']).stdout).toBe('bonjour d from main.js\n');

    await write('cli/greeting.ts', "export const greeting: string = 'unclosed;\n");
    await expect(compileCli(root)).rejects.toThrow(/Unterminated string/);
    await write('cli/greeting.ts', "export const greeting: string = 'fixed';\n");
    expect(careMap(root, ['e']).stdout).toBe('fixed e from main.ts\n');
  }, 60_000);

  it("checks and builds the project's own content without tsx", async () => {
    const root = await projectCopy({ copy: ['src', 'astro.config.mjs', 'public', 'content'], leaveOut: ['tsx'] });
    await compileCli(root);

    const check = careMap(root, ['check', '--content', 'broken'], FIXTURES);
    expect(check.stdout).toContain('broken/elements/kettle-club.md:5:9: error: connection to "tea-hose", which does not exist; did you mean "tea-house"? (dangling-connection)\n');
    expect(check.stderr).toBe('✖ 3 errors, 0 warnings in broken\n');
    expect(check.code).toBe(1);

    const build = careMap(root, ['build']);
    expect(build.code, build.stderr).toBe(0);
    expect(build.stderr).toMatch(/✔ built \d+ elements on 2 maps into dist\//);
    const graph = JSON.parse(await readFile(path.join(root, 'dist', 'data', 'graph.json'), 'utf8')) as { nodes: { x: unknown; y: unknown }[] };
    // Laid out by the worker thread, compiled beside the CLI.
    expect(graph.nodes.length).toBeGreaterThan(30);
    expect(graph.nodes.every((node) => Number.isFinite(node.x) && Number.isFinite(node.y))).toBe(true);
    expect(await readFile(path.join(root, 'dist', 'elements', 'kettle-and-crumb-cafe', 'index.html'), 'utf8')).toContain('Kettle and Crumb');
  }, 240_000);
});
