import { describe, expect, it } from 'vitest';
import { editUrl } from '../../src/core/edit-link.ts';
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
