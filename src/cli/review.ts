import { reviewQueue } from '../core/review.ts';
import { loadContent } from '../load/load-content.ts';
import { contentDir, parseArgs, UsageError } from './args.ts';
import { summarise } from '../core/diagnostic-format.ts';
import type { Io } from './io.ts';

/** `care-map review`: elements never reviewed or reviewed too long ago, oldest first. Always exit 0. */
export async function review(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['content']);
  if (args.positionals.length > 0) throw new UsageError(`review takes no arguments, got "${args.positionals[0]}"`);
  const dir = contentDir(args, io.env);
  const today = new Date().toISOString().slice(0, 10);
  const result = await loadContent(dir, { cwd: io.cwd, today });
  if (!result.commons) {
    io.stderr(`✖ ${dir} has ${summarise(result.diagnostics)}; run "care-map check" and fix them first`);
    return 0;
  }
  const queue = reviewQueue(result.commons, today);
  if (queue.length === 0) {
    io.stdout(`All ${result.commons.elements.length} elements were reviewed in the last ${result.commons.site.reviewAfterDays} days.`);
    return 0;
  }
  for (const item of queue) {
    const when = item.reviewed === undefined ? 'never reviewed' : `reviewed ${item.reviewed} (${item.ageDays} days ago)`;
    io.stdout(`${item.file}\t${when}\t${item.name}`);
  }
  io.stderr(`${queue.length} of ${result.commons.elements.length} elements need a review (older than ${result.commons.site.reviewAfterDays} days or never reviewed)`);
  return 0;
}
