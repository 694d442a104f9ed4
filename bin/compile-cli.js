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
    // Packages stay imports, found in the project's node_modules as with tsx.
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = [...SETTINGS, ...Object.keys(result.metafile.inputs)].sort().map((file) => [file, hashOf(path.join(root, file))]);
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
