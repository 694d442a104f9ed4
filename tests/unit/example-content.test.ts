import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/load/load-content.ts';
import { PROJECT_ROOT, where } from '../helpers/content.ts';

/** The example in content/ is what organisers copy and what a fresh clone's `npm start` shows first. */
describe('the example content', () => {
  it('checks with one warning only, the review it explains in its map intro, and points at no anonymised person', async () => {
    // The day these dates were last brought up to date; the example ages from here.
    const result = await loadContent(path.join(PROJECT_ROOT, 'content'), { cwd: PROJECT_ROOT, today: '2026-12-01' });
    expect(result.diagnostics.map(where)).toEqual(['content/elements/larkfield-library.md:11:11 warning review-overdue']);
    const intro = result.commons?.maps.find((m) => m.default)?.intro ?? '';
    expect(intro).toContain('Larkfield Library');
    expect(intro).toContain('npx care-map review');
  });
});
