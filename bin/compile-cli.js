#!/usr/bin/env node
// `npm run prepare` (which `npm ci` and `npm install` run): compiles the CLI's
// TypeScript, with the build's worker thread, into lib/cli/ with esbuild, and
// records a hash of every file it read in lib/cli/inputs.json. bin/care-map.js
// runs this compiled CLI while those hashes still match, and the sources
// through tsx otherwise. Nothing compiles at run time. With --if-changed it
// compiles only when lib/cli/ is missing or older than the sources.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { COMPILED_DIR, hashOf, INPUTS_FILE, isCompiled, SETTINGS } from './compiled-cli.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Packages compiled into lib/cli/ rather than imported from node_modules. */
const BUNDLED_PACKAGES = ['zod', 'js-yaml'];

/** An esbuild plugin: every package import stays an import, but those of `bundled`. */
function externalPackagesBut(bundled) {
  return {
    name: 'external-packages',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
        return bundled.includes(name) || args.path.startsWith('node:') ? undefined : { path: args.path, external: true };
      });
    },
  };
}

/** Compiles the CLI of the project at `root` into its lib/cli/. */
export async function compileCli(root = ROOT) {
  const out = path.join(root, COMPILED_DIR);
  // No manifest, no compiled CLI: until the new one is complete, the sources run.
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    // In lib/cli/, two folders down like src/cli/ and src/site/, so that paths they take from import.meta.url hold.
    entryPoints: ['src/cli/main.ts', 'src/cli/io.ts', 'src/site/prepare-worker.ts', 'src/cli/write-worker.ts'],
    outdir: out,
    entryNames: '[name]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Packages stay imports, found in the project's node_modules as with tsx, but for those
    // that every command and worker thread loads first: one file loads faster than zod's 106.
    plugins: [externalPackagesBut(BUNDLED_PACKAGES)],
    metafile: true,
    logLevel: 'warning',
  });
  // A package changes only by `npm install`, which compiles again: its files are not hashed at each start.
  const sources = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith('node_modules/'));
  const inputs = [...SETTINGS, ...sources].sort().map((file) => [file, hashOf(path.join(root, file))]);
  writeFileSync(path.join(out, INPUTS_FILE), `[\n${inputs.map((input) => JSON.stringify(input)).join(',\n')}\n]\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    if (!process.argv.includes('--if-changed') || !isCompiled()) await compileCli();
  } catch (error) {
    // esbuild has printed each error with its file and line; meanwhile care-map runs the sources through tsx.
    process.stderr.write(`compile-cli: the CLI could not be compiled: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
    process.exitCode = 1;
  }
}
