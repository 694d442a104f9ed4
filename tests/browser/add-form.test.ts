import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect, test } from 'vitest';
import { careMap } from '../site/build-run.ts';
import { axeViolations, openPage, type PageOptions } from './helpers/browser.ts';
import { closeClean, useBrowserSession } from './helpers/session.ts';
import { BROOKSIDE, buildSite } from './helpers/site.ts';

const session = useBrowserSession();
const LAPTOP: PageOptions = { width: 1280, height: 800 };
const PHONE: PageOptions = { width: 375, height: 740, touch: true };
const scratch: string[] = [];
afterAll(() => Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true }))));

async function openForm(options: PageOptions): Promise<Page> {
  const page = await openPage(session.browser, session.server.at('add/'), options);
  // The form is live once it has read the public elements: the file's day is filled in.
  await page.locator('[data-today]').filter({ hasText: /\d{4}-\d{2}-\d{2}/ }).waitFor();
  return page;
}

/** Picks the other element of a connection by typing part of its name, with the keyboard or a tap. */
async function pick(page: Page, row: number, typed: string, name: string, by: 'keys' | 'tap'): Promise<void> {
  const input = page.locator(`#connection-${row}-to`);
  await input.fill(typed);
  const option = page.locator(`#connection-${row}-options [role="option"]`, { hasText: name });
  await option.waitFor();
  if (by === 'tap') {
    await option.tap();
  } else {
    const names = await page.locator(`#connection-${row}-options [role="option"]`).allTextContents();
    const index = names.findIndex((n) => n.includes(name));
    for (let i = 0; i <= index; i++) await input.press('ArrowDown');
    await expect.poll(() => input.getAttribute('aria-activedescendant')).toBe(`connection-${row}-options-${index}`);
    await input.press('Enter');
  }
  await expect.poll(() => input.inputValue()).toBe(name);
}

async function typeOptions(page: Page, row: number): Promise<string[]> {
  return page.locator(`#connection-${row}-type option`).evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
}

/** Writes the file into a copy of the fixture's content and runs the real `care-map check` on it. */
async function checkInContent(fileName: string, text: string): Promise<{ code: number; output: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'care-map-add-'));
  scratch.push(root);
  await cp(BROOKSIDE, path.join(root, 'content'), { recursive: true });
  await writeFile(path.join(root, fileName), text);
  return careMap(['check'], root);
}

test.each([
  ['a laptop, by keyboard', LAPTOP, 'keys'],
  ['a phone, by touch', PHONE, 'tap'],
] as const)('on %s, a filled-in form gives a file that care-map check passes, and a GitHub link that carries it', async (_on, size, by) => {
  const page = await openForm(size);
  await page.locator('input[name="type"][value="group"]').check();
  await page.locator('#name').fill('Mill Lane Walkers');
  await page.locator('#summary').fill('Walks: every Wednesday, #1 for fresh air');
  await page.locator('#website').fill('https://walkers.example.org');
  await page.locator('input[name="care-informal"][value="companionship"]').check();
  await page.locator('#tags').fill('walking, outdoors');
  await page.getByRole('button', { name: 'Add a connection' }).click();
  await pick(page, 1, 'brook', 'Brookside Care Co-op', by);
  await page.locator('#connection-1-type').selectOption('commons-membership');
  await page.getByRole('button', { name: 'Add a connection' }).click();
  await pick(page, 2, 'bert', 'Bert Khan', by);
  await page.locator('#connection-2-type').selectOption('not-in-support-plan');
  // Care offered on the connection is the giver's own: the group ticked companionship only.
  const careChoices = page.locator('#connection-2-care input[type="checkbox"]');
  expect(await careChoices.evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value))).toEqual(['companionship']);
  await careChoices.first().check();
  await page.locator('#body').fill('We walk every Wednesday.\n\nAll welcome.');
  await page.locator('#body').blur();

  await expect.poll(() => page.locator('#add-summary').textContent()).toBe('The file passes the check: it is ready to propose.');
  expect(await page.locator('#name-slug').textContent()).toBe('File name: content/elements/mill-lane-walkers.md');
  const text = (await page.locator('[data-file-text]').textContent())!;
  expect(text).toContain('summary: "Walks: every Wednesday, #1 for fresh air"');
  expect(text).toMatch(/^reviewed: \d{4}-\d{2}-\d{2}$/m);
  const href = new URL((await page.locator('[data-propose]').getAttribute('href'))!);
  expect(`${href.origin}${href.pathname}`).toBe('https://github.com/example/brookside-care-map/new/main');
  expect(href.searchParams.get('filename')).toBe('content/elements/mill-lane-walkers.md');
  expect(href.searchParams.get('value')).toBe(text);

  const checked = await checkInContent('content/elements/mill-lane-walkers.md', text);
  expect(checked.output).toContain('12 elements checked, 0 errors');
  expect(checked.code).toBe(0);
  await closeClean(page);
}, 120_000);

test('messages show at the field, in the checker’s words: a missing name, a bad website, a slug that exists', async () => {
  const page = await openForm(LAPTOP);
  // Proposing an empty form shows every problem, and moves to their summary.
  await page.locator('[data-propose]').click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('add-summary');
  await expect.poll(() => page.locator('#name-message').textContent()).toBe('"name" must not be empty');
  expect(await page.locator('#name').getAttribute('aria-invalid')).toBe('true');
  expect(await page.locator('#name').getAttribute('aria-describedby')).toContain('name-message');
  expect(await page.locator('#type-message').textContent()).toBe('missing required key "type"');
  await expect.poll(() => page.locator('#add-summary').textContent()).toContain('2 problems to fix');

  await page.locator('input[name="type"][value="business"]').check();
  await page.locator('#website').fill('www.example.org');
  await expect.poll(() => page.locator('#website-message').textContent()).toBe('"website" must be an address starting with http:// or https://; got "www.example.org"');
  expect(await page.locator('#website').getAttribute('aria-invalid')).toBe('true');

  await page.locator('#name').fill('Knit Club');
  await expect.poll(() => page.locator('#name-message').textContent()).toContain('content/elements/knit-club.md already exists: edit it, or choose another name');
  await page.locator('#name').fill('Knit Club Two');
  await expect.poll(() => page.locator('#name-message').textContent()).toBe('');
  expect(await page.locator('#name').getAttribute('aria-invalid')).toBeNull();
  await closeClean(page);
}, 60_000);

test('the connection types offered follow the pair, and a person has no contact field', async () => {
  const page = await openForm(LAPTOP);
  await page.locator('input[name="type"][value="group"]').check();
  await page.locator('#name').fill('Tuesday Singers');
  await page.getByRole('button', { name: 'Add a connection' }).click();
  await pick(page, 1, 'co-op', 'Brookside Care Co-op', 'keys');
  expect(await typeOptions(page, 1)).toEqual(['commons-membership', 'inactive-commons-membership']);
  await pick(page, 1, 'bert', 'Bert Khan', 'keys');
  expect(await typeOptions(page, 1)).toEqual(['not-in-support-plan', 'shared-support-plan']);
  await pick(page, 1, 'knit', 'Knit Club', 'keys');
  expect(await typeOptions(page, 1)).toEqual([]);
  expect(await page.locator('#connection-1-type').isDisabled()).toBe(true);
  expect(await page.locator('#connection-1-type option').first().textContent()).toBe('No connection links a Group and a Group');

  // A supported person: the privacy explanation comes first, the file says anonymised, and care flows from the other end.
  expect(await page.locator('#privacy-note').isVisible()).toBe(false);
  await page.locator('input[name="type"][value="supported-person"]').check();
  expect(await page.locator('#privacy-note').isVisible()).toBe(true);
  expect(await typeOptions(page, 1)).toEqual(['not-in-support-plan', 'shared-support-plan']);
  await page.locator('#connection-1-type').selectOption('not-in-support-plan');
  expect(await page.locator('#connection-1-care input').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value))).toEqual(['companionship']);
  await expect.poll(() => page.locator('[data-file-text]').textContent()).toContain('privacy: anonymised');
  expect(await page.locator('#contact').isVisible()).toBe(false);
  await page.locator('input[name="type"][value="person"]').check();
  expect(await page.locator('#contact').isVisible()).toBe(false);
  await page.locator('input[name="type"][value="organisation"]').check();
  expect(await page.locator('#contact').isVisible()).toBe(true);
  await closeClean(page);
}, 60_000);

test('a file too long for a link says so and is downloaded or copied instead', async () => {
  const page = await openForm(LAPTOP);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('input[name="type"][value="group"]').check();
  await page.locator('#name').fill('Long Story Group');
  await page.getByRole('button', { name: 'Add a connection' }).click();
  await pick(page, 1, 'brook', 'Brookside Care Co-op', 'keys');
  await page.locator('#connection-1-type').selectOption('commons-membership');
  expect(await page.locator('[data-too-long]').isVisible()).toBe(false);
  await page.locator('#body').fill('A long story of the group, told in full. '.repeat(200));
  await expect.poll(() => page.locator('[data-too-long]').isVisible()).toBe(true);
  expect(await page.locator('[data-too-long]').textContent()).toContain('too long to send to GitHub in a link');
  // Following the link does not open GitHub: it moves to the note.
  await page.locator('[data-propose]').click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-too-long'))).toBe(true);
  expect(page.context().pages()).toHaveLength(1);

  const text = (await page.locator('[data-file-text]').textContent())!;
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the file' }).click()]);
  expect(download.suggestedFilename()).toBe('long-story-group.md');
  expect(await readFile((await download.path())!, 'utf8')).toBe(text);
  await page.getByRole('button', { name: 'Copy the file' }).click();
  await expect.poll(() => page.locator('[data-action-status]').textContent()).toBe('Copied content/elements/long-story-group.md.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  await closeClean(page);
}, 60_000);

test.each([
  ['a laptop', LAPTOP],
  ['a phone', PHONE],
] as const)('on %s, the form has no axe violations, empty and with errors shown', async (_on, size) => {
  const page = await openPage(session.browser, session.server.at('add/'), { ...size, bypassCSP: true });
  await page.locator('[data-today]').filter({ hasText: /\d/ }).waitFor();
  expect(await axeViolations(page), 'empty').toEqual([]);
  await page.locator('input[name="type"][value="group"]').check();
  await page.getByRole('button', { name: 'Add a connection' }).click();
  await page.locator('#connection-1-to').fill('b');
  await page.locator('[data-propose]').click();
  await expect.poll(() => page.locator('#add-summary').textContent()).toContain('problem');
  expect(await axeViolations(page), 'errors').toEqual([]);
  if (size === PHONE) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.context().close();
}, 120_000);

test('the add page and what it loads offer no anonymised or hidden element, not even by alias', async () => {
  const { dist } = await buildSite();
  const files = ['add/index.html', 'add/form.json', ...(await readdir(path.join(dist, '_astro'))).filter((f) => f.endsWith('.js')).map((f) => `_astro/${f}`)];
  const form = JSON.parse(await readFile(path.join(dist, 'add/form.json'), 'utf8')) as { elements: { id: string }[] };
  expect(form.elements.map((e) => e.id)).toContain('bert-khan');
  for (const file of files) {
    const text = (await readFile(path.join(dist, file), 'utf8')).toLowerCase();
    for (const secret of ['alma-jones', 'alma jones', 'zed-quiet', 'zed quiet', 'neighbour on elm row']) expect(text, `${secret} in ${file}`).not.toContain(secret);
  }
});

test('an element page offers "Report a correction": a new issue about it with three questions', async () => {
  const page = await openPage(session.browser, session.server.at('elements/knit-club/'));
  const link = page.getByRole('link', { name: 'Report a correction' });
  const href = new URL((await link.getAttribute('href'))!);
  expect(`${href.origin}${href.pathname}`).toBe('https://github.com/example/brookside-care-map/issues/new');
  expect(href.searchParams.get('title')).toBe('Correction: Knit Club');
  const body = href.searchParams.get('body')!;
  expect(body).toContain('About: Knit Club (/elements/knit-club/)');
  expect(body.match(/^\d\. /gm)).toHaveLength(3);
  await closeClean(page);
});
