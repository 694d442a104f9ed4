// The CLI compiled to one JavaScript bundle, so that a command starts in a
// tenth of the time tsx takes to start. The bundle is built with esbuild on
// first use and rebuilt whenever one of its sources changes (they are hashed
// on every start), into node_modules/.cache, which a fresh clone does not
// have. Whatever goes wrong here, the caller falls back to tsx.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));

/** What the bundle exports. */
const ENTRY = `export { run } from './src/cli/main.ts';\nexport { processIo } from './src/cli/io.ts';\n`;

/**
 * `build` always runs from the sources (bin/care-map.js), so the bundle leaves
 * it out, and with it Astro and the site code, which other edits touch often.
 */
const LEFT_OUT = {
  name: 'leave-out-build',
  setup(build) {
    build.onResolve({ filter: /^\.\/build\.ts$/ }, (args) =>
      args.importer.endsWith(path.join('src', 'cli', 'main.ts')) ? { path: 'build', namespace: 'left-out' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'left-out' }, () => ({
      contents: "export function build() { throw new Error('care-map build runs from the sources: use bin/care-map.js'); }",
      loader: 'js',
    }));
  },
};

/** Not imported, but they change what esbuild makes of the sources. */
const SETTINGS = ['package.json', 'tsconfig.json'];

/** Bump to throw away bundles made by an older version of this file. */
const FORMAT = 2;

/** A bundle unused for this long is removed: no command still running can be loading it. */
const KEEP_OLD_MS = 10 * 60 * 1000;

/**
 * The compiled CLI ({ run, processIo }), or undefined when there is none and
 * none can be built: then run the sources with tsx.
 * @param {{ root?: string, cacheDir?: string }} [options]
 */
export async function loadCompiledCli(options = {}) {
  const root = options.root ?? PROJECT_ROOT;
  const cacheDir = options.cacheDir ?? path.join(root, 'node_modules', '.cache', 'care-map-cli');
  try {
    const bundle = freshBundle(root, cacheDir) ?? (await buildBundle(root, cacheDir));
    if (!bundle) return undefined;
    const cli = await import(pathToFileURL(bundle).href);
    return typeof cli.run === 'function' && cli.processIo ? cli : undefined;
  } catch {
    return undefined;
  }
}

/** The bundle of the last build, if none of its sources changed since. */
function freshBundle(root, cacheDir) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(cacheDir, 'manifest.json'), 'utf8'));
  } catch {
    return undefined;
  }
  if (manifest.format !== FORMAT || !Array.isArray(manifest.inputs) || typeof manifest.bundle !== 'string') return undefined;
  for (const [file, hash] of manifest.inputs) {
    if (hashOf(readOrUndefined(path.join(root, file))) !== hash) return undefined;
  }
  const bundle = path.join(cacheDir, manifest.bundle);
  if (!existsSync(bundle)) return undefined;
  markInUse(path.dirname(bundle));
  return bundle;
}

async function buildBundle(root, cacheDir) {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return undefined;
  }
  mkdirSync(cacheDir, { recursive: true });
  const scratch = path.join(cacheDir, `tmp-${process.pid}-${Date.now()}`);
  // Each source is hashed as esbuild reads it, so the manifest names exactly what was compiled.
  const inputs = SETTINGS.map((file) => [file, hashOf(readOrUndefined(path.join(root, file)))]);
  const hashing = {
    name: 'hash-sources',
    setup(build) {
      build.onLoad({ filter: /.*/, namespace: 'file' }, (args) => {
        const contents = readFileSync(args.path);
        inputs.push([path.relative(root, args.path).split(path.sep).join('/'), hashOf(contents)]);
        const loader = /\.[cm]?ts$/.test(args.path) ? 'ts' : /\.[cm]?js$/.test(args.path) ? 'js' : /\.json$/.test(args.path) ? 'json' : undefined;
        // Anything else esbuild reads itself, as it would have.
        return loader ? { contents, loader } : undefined;
      });
    },
  };
  try {
    await esbuild.build({
      stdin: { contents: ENTRY, resolveDir: root, sourcefile: 'care-map-cli.ts', loader: 'ts' },
      absWorkingDir: root,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // Packages stay imports, found in the project's node_modules as with tsx.
      packages: 'external',
      outdir: scratch,
      entryNames: 'cli',
      // ES modules by name: node_modules has no package.json saying "type": "module".
      outExtension: { '.js': '.mjs' },
      plugins: [LEFT_OUT, hashing],
      logLevel: 'silent',
    });
    inputs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const dir = `build-${createHash('sha256').update(JSON.stringify([FORMAT, inputs])).digest('hex').slice(0, 16)}`;
    const target = path.join(cacheDir, dir);
    try {
      renameSync(scratch, target);
    } catch (error) {
      // Another command built the same sources at the same time: use its bundle, if complete.
      if (!existsSync(path.join(target, 'cli.mjs'))) throw error;
      markInUse(target);
    }
    const manifestFile = path.join(cacheDir, 'manifest.json');
    writeFileSync(`${manifestFile}.${process.pid}`, JSON.stringify({ format: FORMAT, bundle: `${dir}/cli.mjs`, inputs }, null, 1));
    renameSync(`${manifestFile}.${process.pid}`, manifestFile);
    removeOldBuilds(cacheDir, dir);
    return path.join(target, 'cli.mjs');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Marks a bundle as in use, so that no other command removes it meanwhile. */
function markInUse(dir) {
  try {
    const now = new Date();
    utimesSync(dir, now, now);
  } catch {
    // A read-only cache is still a cache.
  }
}

function removeOldBuilds(cacheDir, current) {
  for (const name of readdirSync(cacheDir)) {
    if (name === current || name === 'manifest.json') continue;
    const file = path.join(cacheDir, name);
    try {
      if (Date.now() - statSync(file).mtimeMs > KEEP_OLD_MS) rmSync(file, { recursive: true, force: true });
    } catch {
      // Removed by another command meanwhile.
    }
  }
}

function readOrUndefined(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function hashOf(contents) {
  return contents === undefined ? 'missing' : createHash('sha256').update(contents).digest('hex');
}
