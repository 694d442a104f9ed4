import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { openPage } from './helpers/browser.ts';
import { closeClean, useBrowserSession } from './helpers/session.ts';
import { buildSite } from './helpers/site.ts';

/** Long names on every side: "Hollinsby Borough Council Adult Social Care", "Margaret Okafor-Whitfield"… */
const QUARRY_HILL = fileURLToPath(new URL('./fixtures/quarry-hill/', import.meta.url));
const session = useBrowserSession(() => buildSite(QUARRY_HILL, { base: '/care-map' }));

interface Label {
  text: string;
  box: { left: number; right: number; top: number; bottom: number };
  /** Font size on screen, in CSS pixels. */
  px: number;
}

/** The neighbourhood picture shown on an element's page: its box on screen and every label's. */
async function picture(slug: string, size: { width: number; height: number; touch?: boolean }) {
  const page = await openPage(session.browser, session.server.at(`elements/${slug}/`), size);
  const found = await page.locator('figure.neighbourhood').evaluate((figure) => {
    const shown = [...figure.querySelectorAll('svg')].filter((svg) => svg.getBoundingClientRect().width > 0);
    const svg = shown[0]!;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const rect = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
    return {
      shown: shown.length,
      box: rect(svg.getBoundingClientRect()),
      labels: [...svg.querySelectorAll('text')].map((text) => ({
        text: [...text.querySelectorAll('tspan')].map((t) => t.textContent ?? '').join(' ').replace(/- /g, '-'),
        box: rect(text.getBoundingClientRect()),
        px: parseFloat(getComputedStyle(text).fontSize) * scale,
      })),
    };
  });
  return { page, ...found };
}

const within = (outer: Label['box'], inner: Label['box']) =>
  inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
const overlap = (a: Label['box'], b: Label['box']) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const NEIGHBOURS = [
  'Ashby Fields Allotment Society',
  'Brightpath Home Care and Reablement',
  'Gardener on Tanners Row',
  'Hollinsby Borough Council Adult Social Care',
  'Kettle and Crumb Café',
  'Larkfield Medical Practice',
  'Margaret Okafor-Whitfield',
  'Quayside Community Mental Health Team',
  'Resident on the far side of Quarry Hill',
  'St Barnabas Community Hall',
];

test.each([
  ['a laptop', { width: 1280, height: 800 }],
  ['a phone', { width: 375, height: 740, touch: true }],
])('on %s, every label of the neighbourhood picture is whole, inside the picture, apart from the others and at least 13 px', async (_on, size) => {
  for (const [slug, names] of [
    ['quarry-hill-and-tanners-row-care-co-operative', NEIGHBOURS],
    ['st-barnabas-community-hall', ['Quarry Hill and Tanners Row Care Co-operative']],
  ] as const) {
    const { page, shown, box, labels } = await picture(slug, size);
    expect(shown, 'one picture is shown').toBe(1);
    expect(labels.map((l) => l.text).sort()).toEqual([...names]);
    for (const label of labels) {
      expect(within(box, label.box), `"${label.text}" inside the picture`).toBe(true);
      expect(label.px, `"${label.text}" font size`).toBeGreaterThanOrEqual(13);
    }
    const clashes = labels.flatMap((a, i) => labels.slice(i + 1).filter((b) => overlap(a.box, b.box)).map((b) => `${a.text} / ${b.text}`));
    expect(clashes).toEqual([]);
    await closeClean(page);
  }
});
