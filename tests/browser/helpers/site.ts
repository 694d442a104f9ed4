import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The browser tests' own content: a small commons with every element and connection type, two maps, and private elements. */
export const BROOKSIDE = fileURLToPath(new URL('../fixtures/brookside/', import.meta.url));

export interface BuiltSite {
  /** The dist/ folder. */
  dist: string;
  /** BASE_PATH it was built for: '' or '/care-map'. */
  base: string;
}

/**
 * Builds a content folder into a site at most once per run, however many test
 * files ask: `care-map build` runs in a temp folder keyed by the content, the
 * base path and the sources, and a lock folder makes concurrent test files
 * wait for the one build. A later run with nothing changed reuses it.
 */
export async function buildSite(content: string = BROOKSIDE, options: { base?: string } = {}): Promise<BuiltSite> {
  const base = options.base ? `/${options.base.replace(/^\/+|\/+$/g, '')}` : '';
  const key = createHash('sha256')
    .update(await treeDigest(content))
    .update(`\0${base}\0`)
    .update(await treeDigest(path.join(PROJECT_ROOT, 'src')))
    .update(await readFile(path.join(PROJECT_ROOT, 'package-lock.json')).catch(() => ''))
    .digest('hex')
    .slice(0, 16);
  const root = path.join(os.tmpdir(), `care-map-browser-${key}`);
  const dist = path.join(root, 'dist');
  const done = path.join(root, 'built');
  if (existsSync(done)) return { dist, base };

  await mkdir(root, { recursive: true });
  const lock = path.join(root, 'lock');
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      if (existsSync(done)) return { dist, base };
      const age = Date.now() - (await stat(lock).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age > 5 * 60_000) await rm(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    if (existsSync(done)) return { dist, base };
    // Astro's build imports its own output: it needs the project's packages beside it.
    if (!existsSync(path.join(root, 'node_modules'))) await symlink(path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
    const env = { ...process.env, CARE_MAP_CONTENT: content, BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' };
    const output = await run(process.execPath, [path.join(PROJECT_ROOT, 'bin/care-map.js'), 'build', '--content', content], root, env);
    if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`care-map build wrote no site:\n${output}`);
    await writeFile(done, new Date().toISOString());
    await forgetOldBuilds(root);
    return { dist, base };
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/** Builds from earlier sources are never used again: keep /tmp from filling up, sparing any built in the last hour. */
async function forgetOldBuilds(keep: string): Promise<void> {
  const entries = await readdir(os.tmpdir(), { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isDirectory() || !entry.name.startsWith('care-map-browser-')) continue;
    const dir = path.join(os.tmpdir(), entry.name);
    if (dir === keep || existsSync(path.join(dir, 'lock'))) continue;
    const built = await stat(path.join(dir, 'built')).catch(() => null);
    if (built && Date.now() - built.mtimeMs > 60 * 60_000) await rm(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`care-map build exited ${code}:\n${output}`))));
  });
}

/** Names, sizes and modification times of every file under a folder: cheap, and changes when anything does. */
async function treeDigest(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else {
        const s = await stat(full);
        hash.update(`${path.relative(dir, full)}\0${s.size}\0${s.mtimeMs}\n`);
      }
    }
  };
  await walk(dir);
  return hash.digest('hex');
}
