import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasErrors } from '../core/diagnostic.ts';
import { loadAstroBuild, markdownOptions } from './astro-start.ts';
import { prepareSiteInBackground } from '../site/background-site.ts';
import { compileBrowserScripts } from '../site/browser-scripts.ts';
import { shareBrowserScripts, shareSite } from '../site/site-store.ts';
import { contentDir, parseArgs, UsageError } from './args.ts';
import { formatDiagnostics, summarise } from '../core/diagnostic-format.ts';
import type { Io } from './io.ts';
import type { AstroIntegration } from 'astro';

// Two folders down, from src/cli/ as from the compiled lib/cli/ (bin/compile-cli.js).
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The server bundle, which Astro runs once to write the pages and then deletes,
 * need not be small: Rollup's tree-shaking took about a quarter of its time
 * (the pages come out byte for byte the same without it). The pages get the
 * site from shareSite(), so the loader, the checks and the layout, which
 * site-store.ts imports only under `astro dev`, stay out of it, and Vite need
 * not compile them.
 */
const serverBundle: AstroIntegration = {
  name: 'care-map:server-bundle',
  hooks: {
    'astro:build:setup': ({ vite, target }) => {
      if (target !== 'server') return;
      const rollup = (vite.build ??= {}).rollupOptions ??= {};
      rollup.treeshake = false;
      rollup.external = [path.join(PROJECT_ROOT, 'src', 'site', 'published-site.ts')];
    },
  },
};

/**
 * `care-map build`: the same check as `care-map check`, then the Astro build
 * into a scratch folder that replaces dist/ only once it is complete, so an
 * error anywhere leaves the previous dist/ as it was.
 *
 * The content is read, checked and laid out in a worker thread while this
 * thread loads Astro; Astro starts as soon as the check has passed, and its
 * pages wait for the layout, which is usually done before they render.
 */
export async function build(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['content', 'format']);
  if (args.positionals.length > 0) throw new UsageError(`build takes no arguments, got "${args.positionals[0]}"`);
  const format = args.options.get('format') ?? (io.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'text');
  if (format !== 'text' && format !== 'github') throw new UsageError(`unknown format "${format}"; use text or github`);
  const dir = contentDir(args, io.env);
  const started = Date.now();

  // The free pages (content/pages/*.mdx) are an Astro collection that reads the folder from here.
  const contentRoot = path.resolve(io.cwd, dir);
  process.env['CARE_MAP_CONTENT'] = contentRoot;
  // Vite would take these from the environment over the config (a test runner sets BASE_URL=/, for one).
  for (const reserved of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[reserved];
  process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
  // Loading Astro takes seconds: it loads while the worker reads the content. A failure
  // shows where it is awaited; with errors in the content it never is.
  const astro = loadAstroBuild();
  astro.catch(() => undefined);
  const background = prepareSiteInBackground(dir, { cwd: io.cwd, env: io.env });
  const { commons, diagnostics } = await background.checked.catch(async (error: unknown) => {
    await background.stop();
    throw error;
  });
  const printed = formatDiagnostics(diagnostics, format);
  if (printed) io.stdout(printed);
  if (!commons || hasErrors(diagnostics)) {
    await background.stop();
    io.stderr(`✖ ${summarise(diagnostics)} in ${dir}; nothing was built`);
    return 1;
  }
  shareSite(background.site);

  const dist = path.resolve(io.cwd, 'dist');
  const scratch = path.resolve(io.cwd, '.care-map', `build-${process.pid}`);
  // The browser's scripts, compiled by esbuild while Astro starts (Astro's client build, through
  // Vite and Rollup, took seconds); the pages wait for their file names, and the files are written last.
  const scripts = compileBrowserScripts(PROJECT_ROOT, scratch);
  const entries = scripts.then((compiled) => compiled.entries);
  // A failure shows where the files are awaited, after Astro's build.
  entries.catch(() => undefined);
  shareBrowserScripts(entries);
  await rm(scratch, { recursive: true, force: true });
  await mkdir(path.dirname(scratch), { recursive: true });
  try {
    const astroBuild = await astro;
    await astroBuild({
      root: PROJECT_ROOT,
      outDir: scratch,
      // Each build folder keeps its own caches, so two builds (say, two test runs) never share one. Vite's
      // would otherwise be node_modules/.vite, re-made whenever the build before was another project's or folder's.
      cacheDir: path.resolve(io.cwd, '.care-map', 'cache'),
      vite: { cacheDir: path.resolve(io.cwd, '.care-map', 'vite') },
      integrations: [serverBundle],
      ...markdownOptions(contentRoot),
      logLevel: io.env['CARE_MAP_VERBOSE'] ? 'info' : 'warn' });
    // Normally long settled; a failed layout must fail the build even if no page asked.
    await background.site;
    const { files } = await scripts;
    await mkdir(path.join(scratch, '_astro'), { recursive: true });
    await Promise.all(files.map((file) => writeFile(file.path, file.contents)));
  } catch (error) {
    await background.stop();
    await rm(scratch, { recursive: true, force: true });
    io.stderr(`✖ the site could not be built: ${error instanceof Error ? error.message : String(error)}; dist/ was left as it was`);
    return 1;
  }
  const old = path.resolve(io.cwd, '.care-map', `old-${process.pid}`);
  if (existsSync(dist)) await rename(dist, old);
  await rename(scratch, dist);
  await rm(old, { recursive: true, force: true });

  const { elements, maps } = commons;
  // Sitemaps need absolute addresses (src/pages/[sitemap].xml.ts): say why there is none.
  if (!io.env['SITE_URL']) io.stderr('note: no sitemap.xml, as SITE_URL is not set; set it to the address the site is published at (e.g. https://example.github.io) to get one');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  io.stderr(`✔ built ${elements.length} elements on ${maps.length} ${maps.length === 1 ? 'map' : 'maps'} into ${path.relative(io.cwd, dist) || '.'}/ in ${seconds}s (${summarise(diagnostics)})`);
  return 0;
}
