/** A usage mistake: printed with the help text, exit code 2. */
export class UsageError extends Error {}

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string>;
}

/** Parses `--name value`, `--name=value` and positionals; only the named options are allowed. */
export function parseArgs(argv: readonly string[], allowed: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg);
      continue;
    }
    const [flag, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (!allowed.includes(flag)) throw new UsageError(`unknown option "--${flag}"`);
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`option "--${flag}" needs a value`);
    options.set(flag, value);
  }
  return { positionals, options };
}

/** The content folder: --content, else CARE_MAP_CONTENT, else "content". */
export function contentDir(args: ParsedArgs, env: NodeJS.ProcessEnv): string {
  return args.options.get('content') ?? (env['CARE_MAP_CONTENT'] || 'content');
}
