import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ELEMENT_TYPE_IDS } from '../../src/core/vocabulary/element-types.ts';
import { loadContent } from '../../src/load/load-content.ts';
import { makeContent } from '../helpers/content.ts';
import { runCli } from '../helpers/io.ts';

/** Runs `care-map check --format json` and returns its diagnostics. */
async function checkJson(root: string): Promise<{ code: number; diagnostics: { rule: string; severity: string; file: string }[] }> {
  const result = await runCli(['check', '--format', 'json'], { cwd: root });
  return { code: result.code, diagnostics: JSON.parse(result.stdout) };
}

describe('care-map new', () => {
  it('writes a file named from the name, which passes check with no error', async () => {
    const { root } = await makeContent();
    const name = "Zoë's Café – Ōsaka Ramen";
    const result = await runCli(['new', 'business', name], { cwd: root });
    expect(result).toEqual({ code: 0, stdout: 'created content/elements/zoes-cafe-osaka-ramen.md', stderr: '' });

    const text = await readFile(path.join(root, 'content/elements/zoes-cafe-osaka-ramen.md'), 'utf8');
    expect(text).toContain('type: business');
    const checked = await checkJson(root);
    expect(checked.code).toBe(0);
    // Only that the new element is not connected yet.
    expect(checked.diagnostics).toEqual([expect.objectContaining({ file: 'content/elements/zoes-cafe-osaka-ramen.md', rule: 'isolated-element', severity: 'warning' })]);
    const loaded = await loadContent('content', { cwd: root });
    expect(loaded.commons?.elements.find((e) => e.id === 'zoes-cafe-osaka-ramen')?.name).toBe(name);
  });

  it.each(ELEMENT_TYPE_IDS)('a new %s passes check with no error', async (type) => {
    const { root } = await makeContent();
    const result = await runCli(['new', type, 'Mill Lane "Walkers": #1, & friends'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('created content/elements/mill-lane-walkers-1-and-friends.md');
    const checked = await checkJson(root);
    expect(checked.code).toBe(0);
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const loaded = await loadContent('content', { cwd: root });
    const element = loaded.commons?.elements.find((e) => e.id === 'mill-lane-walkers-1-and-friends');
    expect(element?.name).toBe('Mill Lane "Walkers": #1, & friends');
    expect(element?.type).toBe(type);
    expect(element?.privacy).toBe(type === 'supported-person' ? 'anonymised' : 'public');
  });

  it("suggests a membership of the commons' convening partner in the template", async () => {
    const { root } = await makeContent();
    await runCli(['new', 'group', 'Mill Lane Walkers'], { cwd: root });
    const text = await readFile(path.join(root, 'content/elements/mill-lane-walkers.md'), 'utf8');
    expect(text).toMatch(/^# {3}- to: mill-lane-care-co-op$/m);
  });

  it('exits 1 and leaves the file alone if the slug exists', async () => {
    const { root } = await makeContent();
    const file = path.join(root, 'content/elements/corner-cafe.md');
    const before = await readFile(file, 'utf8');
    const result = await runCli(['new', 'business', 'Corner Café'], { cwd: root });
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'content/elements/corner-cafe.md already exists: edit it, or choose another name' });
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('exits 2 for an unknown type, with a did-you-mean', async () => {
    const { root } = await makeContent();
    const result = await runCli(['new', 'buisness', 'Corner Shop'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'care-map: unknown element type "buisness"; did you mean "business"?; types are supported-person, convening-partner, organisation, business, group, person, regulated-social-care-provider, health-care-provider',
    );
    expect(existsSync(path.join(root, 'content/elements/corner-shop.md'))).toBe(false);
  });

  it.each([
    [['new', 'group'], 'care-map: new needs a type and a name, e.g. care-map new group "Mill Lane Walkers"'],
    [['new', 'group', 'A', 'B'], 'care-map: new needs a type and a name, e.g. care-map new group "Mill Lane Walkers"'],
    [['new', 'group', '   '], 'care-map: the name must be 1 to 120 characters'],
    [['new', 'group', 'x'.repeat(121)], 'care-map: the name must be 1 to 120 characters'],
    [['new', 'group', '!!!'], 'care-map: cannot make a file name from "!!!": use some letters or digits'],
    [['new', 'group', 'Walkers', '--format', 'json'], 'care-map: unknown option "--format"'],
  ])('usage mistake %j exits 2', async (argv, reason) => {
    const { root } = await makeContent();
    const result = await runCli(argv, { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(reason);
  });

  it('honours --content and CARE_MAP_CONTENT', async () => {
    const { root } = await makeContent();
    const cwd = path.dirname(root);
    const base = path.basename(root);
    expect((await runCli(['new', 'group', 'Via Option', '--content', `${base}/content`], { cwd })).stdout).toBe(`created ${base}/content/elements/via-option.md`);
    expect((await runCli(['new', 'group', 'Via Env'], { cwd, env: { CARE_MAP_CONTENT: `${base}/content` } })).stdout).toBe(`created ${base}/content/elements/via-env.md`);
    expect(existsSync(path.join(root, 'content/elements/via-option.md'))).toBe(true);
    expect(existsSync(path.join(root, 'content/elements/via-env.md'))).toBe(true);
  });
});
