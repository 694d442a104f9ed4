import { UsageError } from './args.ts';
import { build } from './build.ts';
import { check } from './check.ts';
import type { Io } from './io.ts';
import { newElement } from './new.ts';
import { review } from './review.ts';

export const HELP = `care-map: publish a care commons from a folder of Markdown files

Usage:
  care-map check  [--content DIR] [--format text|github|json]   validate the content
  care-map new    <type> "<name>" [--content DIR]              add an element from a template
  care-map review [--content DIR]                              list elements due for a review
  care-map build  [--content DIR]                              check, then build the site into dist/

The content folder is "content" unless --content or CARE_MAP_CONTENT names another.
Exit codes: 0 fine (warnings allowed), 1 problems in the content, 2 wrong usage.`;

const COMMANDS: Record<string, (argv: readonly string[], io: Io) => Promise<number>> = {
  check,
  new: newElement,
  review,
  build,
};

/** Runs one command; returns the exit code. Never throws for bad input or usage. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(HELP);
      return 0;
    }
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`care-map: ${error.message}\n\n${HELP}`);
      return 2;
    }
    io.stderr(`care-map: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
