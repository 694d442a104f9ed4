import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, never a downloaded browser. */
export const CHROMIUM = '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface PageOptions {
  width?: number;
  height?: number;
  reducedMotion?: boolean;
  touch?: boolean;
  /** For injecting test scripts (axe-core) past the site's Content-Security-Policy. */
  bypassCSP?: boolean;
}

/** A fresh page that fails the test on any script error. */
export async function openPage(browser: Browser, url: string, options: PageOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    reducedMotion: options.reducedMotion ?? true ? 'reduce' : 'no-preference',
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
    bypassCSP: options.bypassCSP ?? false,
  });
  const page = await context.newPage();
  // Fail a step well before the test's own timeout, with Playwright's account of what it waited for.
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  (page as Page & { scriptErrors: string[] }).scriptErrors = errors;
  await page.goto(url);
  return page;
}

/** Script errors and console errors seen by a page opened with openPage. */
export function scriptErrors(page: Page): string[] {
  return (page as Page & { scriptErrors?: string[] }).scriptErrors ?? [];
}

/** Waits until the map has drawn. */
export async function mapReady(page: Page): Promise<void> {
  await page.locator('care-map.cm--ready').waitFor();
}

const AXE = fileURLToPath(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url));

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core over the whole page, every rule it runs by default: one line per
 * violation, naming the elements. The site's CSP forbids inline scripts, so
 * open the page with bypassCSP to let addScriptTag inject axe.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return found.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
