import { hasErrors } from '../core/diagnostic.ts';
import { loadContent } from '../load/load-content.ts';
import { contentDir, parseArgs, UsageError } from './args.ts';
import { FORMATS, formatDiagnostics, summarise, type Format } from '../core/diagnostic-format.ts';
import { checkSummary, publicMessage } from './check-summary.ts';
import type { Io } from './io.ts';

/** `care-map check`: validates, prints diagnostics; exit 0 without errors, 1 with. */
export async function check(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['content', 'format', 'base']);
  if (args.positionals.length > 0) throw new UsageError(`check takes no arguments, got "${args.positionals[0]}"`);
  const format = args.options.get('format') ?? 'text';
  if (![...FORMATS, 'summary'].includes(format)) throw new UsageError(`unknown format "${format}"; use text, github, json or summary`);
  const dir = contentDir(args, io.env);
  const result = await loadContent(dir, { cwd: io.cwd });
  if (format === 'summary') {
    io.stdout(checkSummary(result.diagnostics, result.commons?.elements.length, { cwd: io.cwd, contentDir: dir, baseDir: args.options.get('base'), env: io.env }));
    return hasErrors(result.diagnostics) ? 1 : 0;
  }
  // Annotations are public: a private element's name never goes into one.
  const shown = format === 'github' ? result.diagnostics.map((d) => ({ ...d, message: publicMessage(d) })) : result.diagnostics;
  const printed = formatDiagnostics(shown, format as Format);
  if (printed) io.stdout(printed);
  if (format !== 'json') {
    const elements = result.commons?.elements.length;
    io.stderr(hasErrors(result.diagnostics) ? `✖ ${summarise(result.diagnostics)} in ${dir}` : `✔ ${dir}: ${elements} elements checked, ${summarise(result.diagnostics)}`);
  }
  return hasErrors(result.diagnostics) ? 1 : 0;
}
