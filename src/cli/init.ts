import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { today } from '../core/calendar.ts';
import { starterContent } from '../core/starter-content.ts';
import { contentDir, parseArgs, UsageError } from './args.ts';
import type { Io } from './io.ts';

/** What makes a folder a content folder already: writing over any of it could lose someone's work. */
const CONTENT_MARKERS = ['site.yml', 'maps', 'elements', 'pages'];

/** `care-map init "<title>"`: a minimal valid content folder; exit 1, writing nothing, if DIR already holds content. */
export async function init(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['content', 'partner']);
  const [title, extra] = args.positionals;
  if (title === undefined || extra !== undefined) throw new UsageError('init needs the title of your care commons, e.g. care-map init "Mill Lane Care Commons"');
  const trimmed = title.trim();
  if (trimmed.length === 0 || trimmed.length > 120) throw new UsageError('the title must be 1 to 120 characters');
  const partner = (args.options.get('partner') ?? `${trimmed} Convening Partner`).trim().slice(0, 120);

  const dir = contentDir(args, io.env);
  const root = path.resolve(io.cwd, dir);
  const shown = (path.relative(io.cwd, root) || '.').split(path.sep).join('/');
  const existing = CONTENT_MARKERS.filter((name) => existsSync(path.join(root, name)));
  if (existing.length > 0) {
    io.stderr(`${shown} already holds content (${existing.join(', ')}); nothing was written. Choose another folder with --content, or remove the example content first.`);
    return 1;
  }
  // The folder as the repository will name it, when init runs at the repository's top as the guide says.
  const contentPath = !path.isAbsolute(dir) && !shown.startsWith('..') ? shown : undefined;
  const files = starterContent({ title: trimmed, partner, ...(contentPath && { contentPath }), today: today() });
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text, { flag: 'wx' });
    io.stdout(`created ${shown}/${file}`);
  }
  io.stderr(`Next: set "repository" in ${shown}/site.yml, then add elements with: care-map new <type> "<name>"`);
  return 0;
}
