import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasErrors } from '../core/diagnostic.ts';
import { prepareSite } from '../site/published-site.ts';
import { shareSite } from '../site/site-store.ts';
import { contentDir, parseArgs, UsageError } from './args.ts';
import { formatDiagnostics, summarise } from './format.ts';
import type { Io } from './io.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * `care-map build`: the same check as `care-map check`, then the Astro build
 * into a scratch folder that replaces dist/ only once it is complete, so an
 * error anywhere leaves the previous dist/ as it was.
 */
export async function build(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['content', 'format']);
  if (args.positionals.length > 0) throw new UsageError(`build takes no arguments, got "${args.positionals[0]}"`);
  const format = args.options.get('format') ?? (io.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'text');
  if (format !== 'text' && format !== 'github') throw new UsageError(`unknown format "${format}"; use text or github`);
  const dir = contentDir(args, io.env);
  const started = Date.now();

  const prepared = await prepareSite(dir, { cwd: io.cwd, env: io.env });
  const printed = formatDiagnostics(prepared.diagnostics, format);
  if (printed) io.stdout(printed);
  if (!prepared.site || hasErrors(prepared.diagnostics)) {
    io.stderr(`✖ ${summarise(prepared.diagnostics)} in ${dir}; nothing was built`);
    return 1;
  }
  shareSite(prepared.site);
  // The free pages (content/pages/*.mdx) are an Astro collection that reads the folder from here.
  process.env['CARE_MAP_CONTENT'] = path.resolve(io.cwd, dir);
  // Vite would take these from the environment over the config (a test runner sets BASE_URL=/, for one).
  for (const reserved of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[reserved];

  const dist = path.resolve(io.cwd, 'dist');
  const scratch = path.resolve(io.cwd, '.care-map', `build-${process.pid}`);
  await rm(scratch, { recursive: true, force: true });
  await mkdir(path.dirname(scratch), { recursive: true });
  try {
    process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
    const { build: astroBuild } = await import('astro');
    await astroBuild({
      root: PROJECT_ROOT,
      outDir: scratch,
      // Each build folder keeps its own cache, so two builds (say, two test runs) never share one.
      cacheDir: path.resolve(io.cwd, '.care-map', 'cache'),
      logLevel: io.env['CARE_MAP_VERBOSE'] ? 'info' : 'warn' });
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    io.stderr(`✖ the site could not be built: ${error instanceof Error ? error.message : String(error)}; dist/ was left as it was`);
    return 1;
  }
  const old = path.resolve(io.cwd, '.care-map', `old-${process.pid}`);
  if (existsSync(dist)) await rename(dist, old);
  await rename(scratch, dist);
  await rm(old, { recursive: true, force: true });

  const { elements, maps } = prepared.site.commons;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  io.stderr(`✔ built ${elements.length} elements on ${maps.length} ${maps.length === 1 ? 'map' : 'maps'} into ${path.relative(io.cwd, dist) || '.'}/ in ${seconds}s (${summarise(prepared.diagnostics)})`);
  return 0;
}
