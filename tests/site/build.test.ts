import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFolder, careMap, digestTree, PROJECT_ROOT } from './build-run.ts';

const EXAMPLE = path.join(PROJECT_ROOT, 'content');

describe('npm run build (care-map build)', () => {
  it('is reproducible: two builds of the same content in different folders are byte-identical', async () => {
    const [first, second] = await Promise.all([buildFolder(), buildFolder()]);
    const a = await careMap(['build', '--content', EXAMPLE], first);
    const b = await careMap(['build', '--content', EXAMPLE], second);
    expect(a.code, a.output).toBe(0);
    expect(b.code, b.output).toBe(0);
    const [one, two] = await Promise.all([digestTree(path.join(first, 'dist')), digestTree(path.join(second, 'dist'))]);
    expect([...one.keys()]).toEqual([...two.keys()]);
    expect(one.size).toBeGreaterThan(40);
    const differing = [...one].filter(([file, hash]) => two.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  }, 180_000);

  it('with an error, prints it at its line, exits non-zero and leaves the previous dist/ untouched', async () => {
    const folder = await buildFolder();
    const content = path.join(folder, 'content');
    await cp(EXAMPLE, content, { recursive: true });
    const good = await careMap(['build'], folder);
    expect(good.code, good.output).toBe(0);
    const before = await digestTree(path.join(folder, 'dist'));

    const file = path.join(content, 'elements', 'kettle-and-crumb-cafe.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('type: business', 'type: buisness'));
    const bad = await careMap(['build'], folder);
    expect(bad.code).not.toBe(0);
    expect(bad.output).toContain('content/elements/kettle-and-crumb-cafe.md:3:7: error: unknown element type "buisness"; did you mean "business"? (unknown-type)');
    expect(bad.output).toContain('nothing was built');
    expect(bad.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(await digestTree(path.join(folder, 'dist'))).toEqual(before);
  }, 180_000);

  it('colours a code block in a free page, as Astro does (the build leaves Shiki out only when no free page has one)', async () => {
    const folder = await buildFolder();
    const content = path.join(folder, 'content');
    await cp(path.join(PROJECT_ROOT, 'tests/browser/fixtures/quarry-hill'), content, { recursive: true });
    const page = path.join(content, 'pages', 'contribute.mdx');
    await writeFile(page, `${await readFile(page, 'utf8')}\n- To check your change:\n\n    - run\n\n      \`\`\`sh\n      npx care-map check\n      \`\`\`\n`);
    const result = await careMap(['build'], folder);
    expect(result.code, result.output).toBe(0);
    const html = await readFile(path.join(folder, 'dist', 'contribute', 'index.html'), 'utf8');
    expect(html).toMatch(/<pre class="astro-code [^"]*"[^>]*><code><span class="line"><span style="[^"]+">npx<\/span>/);
  }, 180_000);

  it('honours CARE_MAP_CONTENT and BASE_PATH: every page and link lives under the base', async () => {
    const folder = await buildFolder();
    const result = await careMap(['build'], folder, { CARE_MAP_CONTENT: EXAMPLE, BASE_PATH: '/care-map' });
    expect(result.code, result.output).toBe(0);
    const html = await readFile(path.join(folder, 'dist', 'elements', 'kettle-and-crumb-cafe', 'index.html'), 'utf8');
    const hrefs = [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]!).filter((h) => h.startsWith('/'));
    expect(hrefs.length).toBeGreaterThan(5);
    expect(hrefs.filter((h) => !h.startsWith('/care-map/'))).toEqual([]);
  }, 180_000);
});
