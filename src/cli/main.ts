import { UsageError } from './args.ts';
import type { Io } from './io.ts';

export const HELP = `care-map: publish a care commons from a folder of Markdown files

Usage:
  care-map check  [--content DIR] [--format text|github|json]   validate the content
                  [--format summary --base OLD-DIR]             … as a pull request's job summary
  care-map new    <type> "<name>" [--content DIR]              add an element from a template
  care-map review [--content DIR] [--format text|markdown|json]
                                                               list elements due for a review
  care-map diff   <old-content-dir> [--content DIR] [--format text|markdown|json] [--show-private]
                                                               what the content changes on the map
  care-map init   "<title>" [--content DIR] [--partner NAME]   start a new content folder
  care-map build  [--content DIR]                              check, then build the site into dist/
  care-map import kumu <file>… --out DIR [--force]             convert a Kumu export into a content folder

The content folder is "content" unless --content or CARE_MAP_CONTENT names another.
Exit codes: 0 fine (warnings allowed), 1 problems in the content, 2 wrong usage.`;

type Command = (argv: readonly string[], io: Io) => Promise<number>;

/** Each command loads only what it needs: `check` never loads Astro or the layout. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check.ts')).check,
  new: async () => (await import('./new.ts')).newElement,
  review: async () => (await import('./review.ts')).review,
  diff: async () => (await import('./diff.ts')).diff,
  init: async () => (await import('./init.ts')).init,
  build: async () => (await import('./build.ts')).build,
  import: async () => (await import('./import.ts')).importCommand,
};

/** Runs one command; returns the exit code. Never throws for bad input or usage. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(HELP);
    return name === undefined ? 2 : 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (!load) throw new UsageError(`unknown command "${name}"`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(HELP);
      return 0;
    }
    const command = await load();
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
