import { describe, expect, it } from 'vitest';
import { correctionUrl, editUrl, newElementUrl } from '../../src/core/edit-link.ts';
import { checkContent } from '../helpers/content.ts';

const site = { repository: 'https://github.com/example/care-map', branch: 'main', contentPath: 'content' };

describe('edit links (SPEC §4)', () => {
  it('<repository>/edit/<branch>/<content_path>/elements/<slug>.md', () => {
    expect(editUrl(site, 'corner-cafe')).toBe('https://github.com/example/care-map/edit/main/content/elements/corner-cafe.md');
    expect(editUrl({ ...site, contentPath: 'maps/mill-lane' }, 'corner-cafe')).toBe('https://github.com/example/care-map/edit/main/maps/mill-lane/elements/corner-cafe.md');
    expect(editUrl({ ...site, contentPath: '.' }, 'corner-cafe')).toBe('https://github.com/example/care-map/edit/main/elements/corner-cafe.md');
    expect(editUrl({ ...site, repository: 'https://github.com/example/care-map.git/', branch: 'release/2026' }, 'x')).toBe('https://github.com/example/care-map/edit/release/2026/content/elements/x.md');
    expect(editUrl({ branch: 'main', contentPath: 'content' }, 'x')).toBeUndefined();
  });

  it('the add form\'s new-file link and "Report a correction" (SPEC §4), with no quote or bracket of a hostile repository left as it is', () => {
    const url = new URL(newElementUrl({ ...site, contentPath: 'maps/mill-lane' }, 'corner-cafe', '---\nname: Corner Café & Co\n---\n')!);
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/example/care-map/new/main');
    expect(url.searchParams.get('filename')).toBe('maps/mill-lane/elements/corner-cafe.md');
    expect(url.searchParams.get('value')).toBe('---\nname: Corner Café & Co\n---\n');
    const issue = new URL(correctionUrl(site, { name: 'Corner Café', page: '/elements/corner-cafe/' })!);
    expect(issue.pathname).toBe('/example/care-map/issues/new');
    expect(issue.searchParams.get('title')).toBe('Correction: Corner Café');
    expect(issue.searchParams.get('body')).toMatch(/^About: Corner Café \(\/elements\/corner-cafe\/\)\n\n1\. .*\n\n2\. .*\n\n3\. /s);
    const hostile = { ...site, repository: 'https://github.com/x"><svg/onload=alert(1)>\'' };
    for (const link of [editUrl(hostile, 'a'), newElementUrl(hostile, 'a', 'b'), correctionUrl(hostile, { name: 'a', page: '/' })]) expect(link).not.toMatch(/["'<> ]/);
    expect(newElementUrl({ branch: 'main', contentPath: 'content' }, 'x', 'y')).toBeUndefined();
  });

  it('content_path in site.yml: default content, trailing slash dropped, a folder outside the repository refused', async () => {
    expect((await checkContent()).commons?.site.contentPath).toBe('content');
    const nested = await checkContent({ 'site.yml': (old) => old.replace('branch: main', 'branch: main\ncontent_path: maps/mill-lane/') });
    expect(nested.commons?.site.contentPath).toBe('maps/mill-lane');
    for (const bad of ['../elsewhere', '/content', 'a/../b']) {
      const result = await checkContent({ 'site.yml': (old) => old.replace('branch: main', `branch: main\ncontent_path: ${bad}`) });
      expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual(['content/site.yml:5:15 invalid-value']);
      expect(result.diagnostics[0]?.message).toMatch(/^"content_path" is not valid: it names a folder inside the repository/);
    }
  });
});
