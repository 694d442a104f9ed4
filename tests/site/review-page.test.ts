import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { longDate, today } from '../../src/core/calendar.ts';
import { markdown, MEMBER_OF_CO_OP, VALID } from '../helpers/content.ts';
import { buildFolder, careMap, digestTree } from './build-run.ts';

const daysAgo = (days: number) => today(new Date(Date.now() - days * 86_400_000));
const REPOSITORY = 'https://github.com/example/mill-lane-care-map';

/**
 * One build of a content folder outside the repository (in the system's temp
 * folder, as a second co-op's checkout or a CI workspace would have it), whose
 * site.yml says where the folder sits in its repository.
 */
let dist: string;
beforeAll(async () => {
  const outside = await mkdtemp(path.join(os.tmpdir(), 'care-map-outside-'));
  const content = path.join(outside, 'checkout', 'maps', 'mill-lane');
  await cp(VALID, content, { recursive: true });
  const edit = async (file: string, change: (text: string) => string) => writeFile(path.join(content, file), change(await readFile(path.join(content, file), 'utf8')));
  await edit('site.yml', (text) => text.replace('branch: main', 'branch: main\ncontent_path: maps/mill-lane'));
  await edit('elements/ben-carter.md', (text) => text.replace('type: person', 'type: person\nreviewed: 2020-01-01'));
  await edit('elements/corner-cafe.md', (text) => text.replace('type: business', `type: business\nreviewed: ${daysAgo(10)}`));
  await edit('elements/ada-brown.md', (text) => text.replace('type: supported-person', 'type: supported-person\nreviewed: 2019-05-05'));
  await writeFile(path.join(content, 'elements/harriet-quill.md'), markdown(['name: Harriet Quill', 'type: supported-person', 'privacy: hidden', 'reviewed: 2018-01-01', ...MEMBER_OF_CO_OP]));
  const folder = await buildFolder();
  const result = await careMap(['build', '--content', content], folder, { BASE_PATH: '/care-map' });
  expect(result.code, result.output).toBe(0);
  dist = path.join(folder, 'dist');
  return async () => {
    await rm(outside, { recursive: true, force: true });
    await rm(folder, { recursive: true, force: true });
  };
}, 180_000);

const page = (file: string) => readFile(path.join(dist, file), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ');

describe('a content folder outside the repository', () => {
  it('edit links follow content_path, never the path on the building machine', async () => {
    const html = await page('elements/ben-carter/index.html');
    const links = [...html.matchAll(/href="(https:\/\/github\.com[^"]*)"/g)].map((m) => m[1]!);
    expect(links.filter((link) => !link.startsWith(`${REPOSITORY}/issues/new?`))).toEqual([`${REPOSITORY}/edit/main/maps/mill-lane/elements/ben-carter.md`]);
    // Beside it, "Report a correction": a new issue, which names no file.
    expect(links.filter((link) => link.startsWith(`${REPOSITORY}/issues/new?`))).toHaveLength(1);
    expect(html).toContain('>Suggest a change</a>');
  });

  it('no URL or text anywhere in dist/ names the file of an anonymised or hidden element', async () => {
    for (const file of (await digestTree(dist)).keys()) {
      const body = await readFile(path.join(dist, file), 'latin1');
      expect({ file, private: /ada-brown|harriet-quill|Harriet|Ada Brown/.exec(body)?.[0] }).toEqual({ file, private: undefined });
    }
  });
});

describe('review/ page', () => {
  it('lists the public entries due, oldest first, each with its edit link; counts anonymised ones; hidden ones appear nowhere', async () => {
    const html = await page('review/index.html');
    const shown = text(html);
    const order = ['Mill Lane Care Co-op', 'Ben Carter'].map((name) => shown.indexOf(name));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(shown).toContain('Mill Lane Care Co-op · Convening Partner Never checked.');
    expect(shown).toMatch(/Ben Carter · Person Last checked 1 January 2020: over \d+ years ago\./);
    expect(shown).not.toContain('Corner Café');
    const edits = [...html.matchAll(/href="(https:\/\/github\.com[^"]*)"/g)].map((m) => m[1]);
    expect(edits).toEqual([`${REPOSITORY}/edit/main/maps/mill-lane/elements/mill-lane-care-co-op.md`, `${REPOSITORY}/edit/main/maps/mill-lane/elements/ben-carter.md`]);
    expect(html).toContain('href="/care-map/elements/ben-carter/"');
    // Ada (anonymised) is counted; Harriet (hidden) is not even counted.
    expect(shown).toContain('1 entry shown on the map by an alias is also due');
  });

  it('each element page says how fresh its entry is', async () => {
    expect(text(await page('elements/corner-cafe/index.html'))).toContain(`Checked with them on ${longDate(daysAgo(10))}.`);
    expect(text(await page('elements/ben-carter/index.html'))).toMatch(/Not checked for over \d+ years: last checked with them on 1 January 2020\. Entries due for review/);
    expect(await page('elements/ben-carter/index.html')).toContain('href="/care-map/review/"');
    expect(text(await page('elements/mill-lane-care-co-op/index.html'))).toContain('Not checked with them yet.');
  });
});
