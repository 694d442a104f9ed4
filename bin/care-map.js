#!/usr/bin/env node
// The `care-map` command. The sources are TypeScript. Every command but
// `build` runs from a bundle compiled on first use and whenever a source
// changes (bin/compiled-cli.js), as tsx alone takes longer to start than a
// whole check of a small folder. `build`, or any command when there is no
// bundle, runs the sources under tsx without a compile step.
import { loadCompiledCli } from './compiled-cli.js';

const argv = process.argv.slice(2);
// Astro renders the pages in this same process, so `build` stays on the sources.
const compiled = argv[0] === 'build' ? undefined : await loadCompiledCli();
if (compiled) {
  process.exitCode = await compiled.run(argv, compiled.processIo);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { run } = await import('../src/cli/main.ts');
  const { processIo } = await import('../src/cli/io.ts');
  const code = await run(argv, processIo);
  // A build that stopped at an error has nothing left to do, but the Astro
  // import it started early would keep the process alive for seconds more.
  // Output to a terminal, pipe or file is written synchronously, so exit now.
  if (code !== 0) process.exit(code);
  process.exitCode = code;
}
