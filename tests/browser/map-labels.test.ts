import path from 'node:path';
import { expect, test } from 'vitest';
import type { MapPage } from './helpers/map-page.ts';
import { closeClean, openMap, useBrowserSession } from './helpers/session.ts';
import { buildSite, PROJECT_ROOT } from './helpers/site.ts';

/*
 * At the default zoom a reader sees who is who: most elements carry their
 * name, each label beside, under, over or at a corner of its own symbol,
 * none over another label, a symbol or the edge of the map. Tried on the
 * example content, the first map a new user sees.
 */

const session = useBrowserSession(() => buildSite(path.join(PROJECT_ROOT, 'content')));

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The labels drawn and the symbols shown, as screen boxes, once the labels are placed. */
async function picture(map: MapPage) {
  await map.page.waitForFunction(() => document.querySelectorAll('care-map .cm-labels .cm-label').length > 0);
  return map.page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const svg = document.querySelector('care-map svg.cm-svg')!;
    return {
      stage: box(svg),
      labels: [...svg.querySelectorAll('.cm-labels .cm-label')].map((el) => ({ id: el.getAttribute('data-id'), text: el.textContent ?? '', box: box(el) })),
      symbols: [...svg.querySelectorAll('.cm-node:not(.is-hidden)')].map((el) => ({ id: el.getAttribute('data-id'), box: box(el) })),
    };
  });
}

test.each([
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
])('at $width×$height three in five elements are named, without a label over another, a symbol or the edge', async (size) => {
  const map = await openMap(session, '', size);
  const { stage, labels, symbols } = await picture(map);
  expect(labels.length, `${labels.length} of ${symbols.length} labelled`).toBeGreaterThanOrEqual(Math.ceil((symbols.length * 3) / 5));
  const clashes = labels.flatMap((a, i) => labels.slice(i + 1).filter((b) => overlap(a.box, b.box)).map((b) => `${a.text} / ${b.text}`));
  expect(clashes).toEqual([]);
  for (const { text, box } of labels) {
    expect(box.left >= stage.left && box.right <= stage.right && box.top >= stage.top && box.bottom <= stage.bottom, `${text} inside the map`).toBe(true);
  }
  // A label may touch its own symbol, never another (small dots excepted: the halo keeps both legible).
  const covered = labels.flatMap((label) =>
    symbols.filter((s) => s.id !== label.id && s.box.right - s.box.left >= 8 && overlap(shrink(label.box, 1.5), shrink(s.box, 1.5))).map((s) => `${label.text} over ${s.id}`),
  );
  expect(covered).toEqual([]);
  await closeClean(map.page);
});

function shrink(b: Box, by: number): Box {
  return { left: b.left + by, top: b.top + by, right: b.right - by, bottom: b.bottom - by };
}
