import { expect, test } from 'vitest';
import { openPage } from './helpers/browser.ts';
import { closeClean, useBrowserSession } from './helpers/session.ts';

/*
 * A page's script is split into chunks that it imports. The page names them
 * in its HTML (`<link rel="modulepreload">`), so that the browser fetches
 * them beside the script, not one round trip after it: in a trace of the
 * map at 1,000 elements, served locally, that round trip delayed its first
 * drawing by about 90 ms.
 */
const session = useBrowserSession();

const PAGES = [
  { what: 'the home page map', path: '', lazy: [] },
  // Its <CareMap focus=…> lays out the neighbourhood at once: the lazy relax chunk comes as the map starts.
  { what: 'a free page with a focused <CareMap>', path: 'neighbourhoods/', lazy: ['relax'] },
  { what: 'the directory', path: 'elements/', lazy: [] },
  { what: 'the add form', path: 'add/', lazy: [] },
];

for (const { what, path, lazy } of PAGES) {
  test(`${what} names every script it runs, inside the document, and fetches them at once`, async () => {
    const html = await (await fetch(session.server.at(path))).text();
    // In the document: nothing after </html>, where a script would sit outside <body>.
    expect(html.trimEnd().endsWith('</html>'), 'the page ends with </html>').toBe(true);
    const page = await openPage(session.browser, session.server.at(path));
    const loaded = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const file = (url: string) => new URL(url, location.href).pathname;
      const entry = document.querySelector<HTMLScriptElement>('script[type="module"]');
      // What the page's module scripts import before they run: fetched before DOMContentLoaded.
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => r.initiatorType === 'script' && !file(r.name).includes('/data/') && r.responseEnd <= navigation.domContentLoadedEventStart)
        .map((r) => ({ file: file(r.name), start: r.startTime, end: r.responseEnd }));
      return {
        entry: entry ? file(entry.src) : null,
        named: [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => file(link.href)),
        scripts,
      };
    });
    expect(loaded.entry).not.toBeNull();
    const entry = loaded.scripts.find((s) => s.file === loaded.entry);
    expect(entry, 'the page script is fetched').toBeDefined();
    const isLazy = (file: string) => lazy.some((name) => file.startsWith(`/_astro/${name}.`));
    const chunks = loaded.scripts.filter((s) => s !== entry && !isLazy(s.file));
    // Every page script here is split: a test that found no chunk would prove nothing.
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.map((c) => c.file).sort()).toEqual([...loaded.named].sort());
    // Asked for before the page script had arrived, so not found in it.
    for (const chunk of chunks) expect(chunk.start, chunk.file).toBeLessThan(entry!.end);
    await closeClean(page);
  });
}
