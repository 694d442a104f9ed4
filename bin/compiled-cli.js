// The CLI that bin/compile-cli.js compiled into lib/cli/, if none of the files
// it was compiled from has changed since: each is hashed (about 5 ms for all).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where the compiled CLI goes, under the project's root. */
export const COMPILED_DIR = path.join('lib', 'cli');
/** [file, sha256] of every file the compiled CLI was made from, written last. */
export const INPUTS_FILE = 'inputs.json';
/** Not imported, but they change what esbuild makes of the sources. */
export const SETTINGS = ['bin/compile-cli.js', 'package.json', 'tsconfig.json'];

const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * The compiled CLI ({ run, processIo }), or undefined when it is missing or
 * older than its sources: then run the sources with tsx.
 */
export async function loadCompiledCli(root = PROJECT_ROOT) {
  if (!isCompiled(root)) return undefined;
  const dir = path.join(root, COMPILED_DIR);
  const [{ run }, { processIo }] = await Promise.all([import(pathToFileURL(path.join(dir, 'main.js')).href), import(pathToFileURL(path.join(dir, 'io.js')).href)]);
  return { run, processIo };
}

/** Whether lib/cli/ holds the CLI compiled from the sources as they are now. */
export function isCompiled(root = PROJECT_ROOT) {
  try {
    const inputs = JSON.parse(readFileSync(path.join(root, COMPILED_DIR, INPUTS_FILE), 'utf8'));
    return inputs.every(([file, hash]) => hashOf(path.join(root, file)) === hash);
  } catch {
    return false;
  }
}

export function hashOf(file) {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return 'missing';
  }
}
