#!/usr/bin/env node
// The `care-map` command. The sources are TypeScript: `npm run prepare` (run by
// `npm ci` and `npm install`) compiles them into lib/cli/ (bin/compile-cli.js).
// That compiled CLI runs while it is as new as its sources; after a change to
// them, until the next `npm run prepare`, the sources run through tsx, which
// takes seconds longer to start (and makes Astro load twice as slowly).
import { loadCompiledCli } from './compiled-cli.js';

const compiled = await loadCompiledCli();
const cli = compiled ?? (await sources());
const code = await cli.run(process.argv.slice(2), cli.processIo);
// A build that stopped at an error has nothing left to do, but the Astro
// import it started early would keep the process alive for seconds more.
// Output to a terminal, pipe or file is written synchronously, so exit now.
if (code !== 0) process.exit(code);
process.exitCode = code;

async function sources() {
  if (process.stderr.isTTY) process.stderr.write('care-map: the compiled CLI is missing or older than the sources (`npm run prepare` compiles it); running the sources through tsx, which is slower\n');
  const { register } = await import('tsx/esm/api');
  register();
  const { run } = await import('../src/cli/main.ts');
  const { processIo } = await import('../src/cli/io.ts');
  return { run, processIo };
}
