import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { today } from '../core/calendar.ts';
import { noSlugMessage, slugify, slugTakenMessage } from '../core/slug.ts';
import { didYouMean } from '../core/suggest.ts';
import { elementTemplate } from '../core/template.ts';
import { ELEMENT_TYPE_IDS, isElementType } from '../core/vocabulary/element-types.ts';
import { contentDir, parseArgs, UsageError } from './args.ts';
import type { Io } from './io.ts';

/** `care-map new <type> "<name>"`: writes a template element file; exit 1 if the slug exists. */
export async function newElement(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['content']);
  const [type, name, extra] = args.positionals;
  if (type === undefined || name === undefined || extra !== undefined) throw new UsageError('new needs a type and a name, e.g. care-map new group "Mill Lane Walkers"');
  if (!isElementType(type)) throw new UsageError(`unknown element type "${type}"${didYouMean(type, ELEMENT_TYPE_IDS)}; types are ${ELEMENT_TYPE_IDS.join(', ')}`);
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 120) throw new UsageError('the name must be 1 to 120 characters');
  const slug = slugify(trimmed);
  if (!slug) throw new UsageError(noSlugMessage(name));

  const folder = path.resolve(io.cwd, contentDir(args, io.env), 'elements');
  const file = path.join(folder, `${slug}.md`);
  const shown = path.relative(io.cwd, file).split(path.sep).join('/');
  if (existsSync(file)) {
    io.stderr(slugTakenMessage(shown));
    return 1;
  }
  const conveningPartner = await findConveningPartner(folder);
  await mkdir(folder, { recursive: true });
  await writeFile(file, elementTemplate({ type, name: trimmed, today: today(), ...(conveningPartner && { conveningPartner }) }), { flag: 'wx' });
  io.stdout(`created ${shown}`);
  return 0;
}

/** The slug of the first convening partner, read cheaply from the files' type lines. */
async function findConveningPartner(folder: string): Promise<string | undefined> {
  const names = existsSync(folder) ? (await readdir(folder)).filter((n) => n.endsWith('.md')).sort() : [];
  for (const name of names) {
    const text = await readFile(path.join(folder, name), 'utf8').catch(() => '');
    if (/^type:\s*convening-partner\s*$/m.test(text)) return name.slice(0, -3);
  }
  return undefined;
}
