import { describe, expect, it } from 'vitest';
import { checkContent, markdown, MEMBER_OF_CO_OP, where } from '../helpers/content.ts';

const NEW = 'elements/new-group.md';
const AT = 'content/elements/new-group.md';

/** Messages a contributor reads literally: each says what is allowed, once. */
describe('checker wording', () => {
  it('review_after_days of 0 is refused with the smallest number allowed, 1', async () => {
    const result = await checkContent({ 'site.yml': (old) => old.replace('review_after_days: 365', 'review_after_days: 0') });
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual(['content/site.yml:5:20 error invalid-value: "review_after_days" must be at least 1']);
    const one = await checkContent({ 'site.yml': (old) => old.replace('review_after_days: 365', 'review_after_days: 1') });
    expect(one.diagnostics.filter((d) => d.file.endsWith('site.yml'))).toEqual([]);
  });

  it.each([
    ['a date in words', 'since: 1 May 2024', '"since" must be a real date written YYYY-MM-DD, e.g. 2026-03-31; got "1 May 2024"'],
    ['a day that does not exist', 'since: 2026-02-30', '"since" must be a real date written YYYY-MM-DD, e.g. 2026-03-31; got "2026-02-30"'],
  ])('%s gets one invalid-date message, not the same one twice', async (_what, line, message) => {
    const result = await checkContent({ [NEW]: markdown(['name: New Group', 'type: group', ...MEMBER_OF_CO_OP, `    ${line}`]) });
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual([`${AT}:7:12 error invalid-date: ${message}`]);
  });
});
