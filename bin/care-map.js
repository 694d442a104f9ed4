#!/usr/bin/env node
// The `care-map` command. The sources are TypeScript; tsx runs them without a compile step.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/cli/main.ts');
const { processIo } = await import('../src/cli/io.ts');
process.exitCode = await run(process.argv.slice(2), processIo);
