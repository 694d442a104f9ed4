import { diffContent } from '../core/diff/content-diff.ts';
import { describeDiff, PLAIN } from '../core/diff/describe.ts';
import type { CareCommons } from '../core/model.ts';
import { loadContent } from '../load/load-content.ts';
import { contentDir, parseArgs, UsageError } from './args.ts';
import { summarise } from '../core/diagnostic-format.ts';
import type { Io } from './io.ts';
import { MARKDOWN } from './markdown.ts';

const FORMATS = ['text', 'markdown', 'json'] as const;

/**
 * `care-map diff <old-content-dir>`: what the content folder changes compared
 * with an older copy of it (a pull request's base). Private elements by
 * alias, or as "a private entry", unless --show-private. Always exit 0.
 */
export async function diff(argv: readonly string[], io: Io): Promise<number> {
  const showPrivate = argv.includes('--show-private');
  const args = parseArgs(
    argv.filter((a) => a !== '--show-private'),
    ['content', 'format'],
  );
  const [oldDir, extra] = args.positionals;
  if (oldDir === undefined || extra !== undefined) throw new UsageError('diff needs one folder to compare with, e.g. care-map diff ../base/content');
  const format = args.options.get('format') ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}"; use text, markdown or json`);
  const newDir = contentDir(args, io.env);

  const before = await comparable(oldDir, io);
  const after = await comparable(newDir, io);
  if (typeof before === 'string' || typeof after === 'string') {
    const reason = `The change cannot be described yet: ${[before, after].filter((r) => typeof r === 'string').join('; ')}.`;
    if (format === 'json') {
      io.stderr(reason);
      io.stdout('null');
    } else io.stdout(format === 'markdown' ? `### What this change does to the map\n\n${reason}` : reason);
    return 0;
  }
  const changes = diffContent(before, after, { showPrivate });
  if (format === 'json') io.stdout(JSON.stringify(changes, null, 2));
  else if (format === 'markdown') io.stdout(['### What this change does to the map', '', ...describeDiff(changes, after.site.careTypes, MARKDOWN)].join('\n'));
  else io.stdout(describeDiff(changes, after.site.careTypes, PLAIN).join('\n'));
  return 0;
}

/** The validated content, or why it cannot be compared (in words that name no element). */
async function comparable(dir: string, io: Io): Promise<CareCommons | string> {
  const result = await loadContent(dir, { cwd: io.cwd });
  if (result.commons) return result.commons;
  return `${dir} has ${summarise(result.diagnostics)} (run "care-map check --content ${dir}")`;
}
