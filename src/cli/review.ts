import { longDate, today as todayUtc } from '../core/calendar.ts';
import { editUrl } from '../core/edit-link.ts';
import type { CareCommons } from '../core/model.ts';
import { reviewQueue, type ReviewItem } from '../core/review.ts';
import { loadContent } from '../load/load-content.ts';
import { contentDir, parseArgs, UsageError } from './args.ts';
import { summarise } from '../core/diagnostic-format.ts';
import type { Io } from './io.ts';
import { escapeMarkdown } from './markdown.ts';

const FORMATS = ['text', 'markdown', 'json'] as const;
type ReviewFormat = (typeof FORMATS)[number];

/**
 * `care-map review`: elements never reviewed or reviewed too long ago, oldest
 * first. Always exit 0. Text and JSON name every entry (an organiser's
 * terminal); markdown is for public places (the reminder issue) and only
 * counts the private ones.
 */
export async function review(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['content', 'format']);
  if (args.positionals.length > 0) throw new UsageError(`review takes no arguments, got "${args.positionals[0]}"`);
  const format = args.options.get('format') ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}"; use text, markdown or json`);
  const dir = contentDir(args, io.env);
  const today = todayUtc();
  const result = await loadContent(dir, { cwd: io.cwd, today });
  if (!result.commons) {
    io.stderr(`✖ ${dir} has ${summarise(result.diagnostics)}; run "care-map check" and fix them first`);
    return 0;
  }
  const queue = reviewQueue(result.commons, today);
  const print = { text: printText, markdown: printMarkdown, json: printJson }[format as ReviewFormat];
  print(result.commons, queue, today, io);
  return 0;
}

function printText(commons: CareCommons, queue: readonly ReviewItem[], _today: string, io: Io): void {
  if (queue.length === 0) {
    io.stdout(`All ${commons.elements.length} elements were reviewed in the last ${commons.site.reviewAfterDays} days.`);
    return;
  }
  for (const item of queue) {
    const when = item.reviewed === undefined ? 'never reviewed' : `reviewed ${item.reviewed} (${item.ageDays} days ago)`;
    io.stdout(`${item.file}\t${when}\t${item.name}`);
  }
  io.stderr(`${queue.length} of ${commons.elements.length} elements need a review (older than ${commons.site.reviewAfterDays} days or never reviewed)`);
}

function printJson(commons: CareCommons, queue: readonly ReviewItem[], today: string, io: Io): void {
  const due = queue.map((item) => {
    const edit = item.privacy === 'public' ? editUrl(commons.site, item.id) : undefined;
    return { ...item, ...(edit && { editUrl: edit }) };
  });
  io.stdout(JSON.stringify({ today, reviewAfterDays: commons.site.reviewAfterDays, elements: commons.elements.length, due }, null, 2));
}

/** The body of the "Entries due for review" issue: public entries by name with their edit link, private ones counted. */
function printMarkdown(commons: CareCommons, queue: readonly ReviewItem[], _today: string, io: Io): void {
  const { reviewAfterDays } = commons.site;
  if (queue.length === 0) {
    io.stdout(`Nothing is due for review: all ${commons.elements.length} entries were checked in the last ${reviewAfterDays} days.`);
    return;
  }
  const shown = queue.filter((item) => item.privacy === 'public');
  const privateCount = queue.length - shown.length;
  const lines = [
    `${queue.length} of ${commons.elements.length} entries were last checked more than ${reviewAfterDays} days ago, or never. Oldest first.`,
    '',
    'For each one: ask the person or group whether their entry is still right, correct it, and set `reviewed:` to the day you checked (YYYY-MM-DD). One entry per pull request.',
    '',
  ];
  for (const item of shown) {
    const when = item.reviewed === undefined ? 'never checked' : `last checked ${longDate(item.reviewed)}`;
    const edit = editUrl(commons.site, item.id);
    lines.push(`- [ ] ${escapeMarkdown(item.name)}: ${when}${edit ? ` ([edit the entry](${edit}))` : ` (\`elements/${item.id}.md\`)`}`);
  }
  if (privateCount > 0) {
    const entries = privateCount === 1 ? '1 private entry is' : `${privateCount} private entries are`;
    lines.push('', `${shown.length > 0 ? `${entries} also due` : `${entries} due`}; an organiser can list them with \`care-map review\`.`);
  }
  io.stdout(lines.join('\n'));
}

