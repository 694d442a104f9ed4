import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Io } from '../../src/cli/io.ts';
import { run } from '../../src/cli/main.ts';
import { PROJECT_ROOT } from './content.ts';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `care-map <argv>` in-process with an Io that captures what it prints: the sources' CLI, or `cli` (the compiled one). */
export async function runCli(argv: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; cli?: { run: typeof run } }): Promise<RunResult> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    cwd: options.cwd,
    env: options.env ?? {},
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  };
  // A cli passed as undefined (none could be compiled) throws rather than quietly running the sources.
  const code = await ('cli' in options ? options.cli!.run(argv, io) : run(argv, io));
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

export const BIN = path.join(PROJECT_ROOT, 'bin', 'care-map.js');

/** Runs the real `bin/care-map.js` in a child process. */
export function spawnCli(argv: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): RunResult {
  const env = { ...process.env, ...options.env };
  delete env['CARE_MAP_CONTENT'];
  if (options.env?.['CARE_MAP_CONTENT'] !== undefined) env['CARE_MAP_CONTENT'] = options.env['CARE_MAP_CONTENT'];
  const child = spawnSync(process.execPath, [BIN, ...argv], { cwd: options.cwd, env, encoding: 'utf8', timeout: 60_000 });
  if (child.error) throw child.error;
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}
