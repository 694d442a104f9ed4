import { chromium } from 'playwright-core';
const out = process.env.TMPDIR;
const base = 'http://127.0.0.1:4631/';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const what = process.argv[2];
async function ctx(w, h, touch = false) {
  const c = await b.newContext({ viewport: { width: w, height: h }, hasTouch: touch, isMobile: touch, acceptDownloads: true });
  const p = await c.newPage();
  p.on('pageerror', (e) => console.log('ERR', e.message));
  p.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text()));
  return p;
}
if (what === 'embed') {
  for (const [fw, fh] of [[640, 420], [320, 480], [1000, 700]]) {
    const p = await ctx(1280, 900);
    const u = base + 'embed/care-commons-service/?select=kettle-and-crumb-cafe&focus=1';
    await p.setContent(`<p>Host page</p><iframe src="${u}" width="${fw}" height="${fh}" title="Map" style="border:1px solid #999"></iframe>`);
    const f = p.frameLocator('iframe');
    await f.locator('care-map.cm--ready').waitFor();
    await p.waitForTimeout(500);
    const frame = p.frames()[1];
    console.log(fw, fh, await frame.evaluate(() => ({ sw: document.documentElement.scrollWidth, sh: document.documentElement.scrollHeight, cw: document.documentElement.clientWidth, ch: document.documentElement.clientHeight })));
    await p.screenshot({ path: `${out}/embed-${fw}x${fh}.png` });
  }
}
if (what === 'page') {
  for (const [w, h, t] of [[1280, 800], [1366, 768], [375, 740, true]]) {
    const p = await ctx(w, h, t);
    await p.goto(base + 'how-it-works/');
    await p.locator('care-map.cm--ready').nth(1).waitFor();
    await p.waitForTimeout(400);
    await p.screenshot({ path: `${out}/page-${w}.png`, fullPage: true });
  }
}
if (what === 'map') {
  for (const [w, h, t] of [[1280, 800], [1366, 768], [375, 740, true]]) {
    const p = await ctx(w, h, t);
    await p.goto(base + '?select=kettle-and-crumb-cafe');
    await p.locator('care-map.cm--ready').waitFor();
    await p.getByRole('button', { name: 'Share' }).click();
    await p.waitForTimeout(300);
    await p.screenshot({ path: `${out}/share-${w}.png` });
  }
}
await b.close();
