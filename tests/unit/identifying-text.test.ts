import { describe, expect, it } from 'vitest';
import { checkContent, markdown, where, type Changes } from '../helpers/content.ts';

/*
 * identifying-text: published text that points at an anonymised element without
 * naming it. The valid fixture's ada-brown is a supported person, so anonymised
 * ("Gardener on Mill Lane"); Nell is a new, public person.
 */
const NELL = 'elements/nell-grey.md';
const AT = 'content/elements/nell-grey.md';

function nell(summary: string, body = 'Some words.', connections = ['  - to: ada-brown', '    type: not-in-support-plan'], more: string[] = []): string {
  return markdown(['name: Nell Grey', 'type: person', `summary: ${summary}`, ...more, 'connections:', ...connections], body);
}

async function warnings(changes: Changes): Promise<string[]> {
  const result = await checkContent(changes);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.diagnostics.filter((d) => d.rule === 'identifying-text').map((d) => `${where(d)}: ${d.message}`);
}

describe('identifying-text', () => {
  it('a named relative whose only support goes to one anonymised person: the issue of the example (Kevin Doyle, "son and main family carer")', async () => {
    expect(await warnings({ [NELL]: nell('Son and main family carer of an older resident.') })).toEqual([
      `${AT}:4:10 warning identifying-text: the summary says "Son", and the only element "nell-grey" supports is "ada-brown", who is anonymised: together they tell anyone who knows Nell Grey who that is. Keep the published text vague ("helps someone nearby"), or make "nell-grey" anonymised too`,
    ]);
  });

  it('finds the tie in the description at its word, and in a tag', async () => {
    expect(await warnings({ [NELL]: nell('Helps out.', 'Nell helps out.\nShe drives her grandad to the surgery.') })).toEqual([
      expect.stringMatching(new RegExp(`^${AT}:10:16 warning identifying-text: the description says "grandad"`)),
    ]);
    expect(await warnings({ [NELL]: nell('Helps out.', 'Some words.', undefined, ['tags: [volunteer, family carer]']) })).toEqual([
      expect.stringMatching(new RegExp(`^${AT}:5:\\d+ warning identifying-text: a tag says "family"`)),
    ]);
  });

  it('living next door counts as a tie: the issue of the example (Lena Kowalski, "next-door neighbour")', async () => {
    expect(await warnings({ [NELL]: nell('Next-door neighbour who feeds the cat.') })).toEqual([expect.stringContaining('the summary says "Next-door"')]);
  });

  it.each([
    ['support goes to two people, so the text cannot be pinned on one', nell('Son and carer.', 'x', ['  - to: ada-brown', '    type: not-in-support-plan', '  - to: cy-dale', '    type: not-in-support-plan'])],
    ['the one person supported chose to be public', nell('Son and carer.', 'x', ['  - to: cy-dale', '    type: not-in-support-plan'])],
    ['the text speaks of no tie', nell('Neighbour who pops in with the paper.')],
  ])('says nothing when %s', async (_why, file) => {
    const cy = markdown(['name: Cy Dale', 'type: supported-person', 'privacy: public', 'connections:', '  - to: mill-lane-care-co-op', '    type: commons-membership']);
    expect(await warnings({ [NELL]: file, 'elements/cy-dale.md': cy })).toEqual([]);
  });

  it('says nothing of an organisation ("family-run café"): it supports as a business, not as kin', async () => {
    expect(await warnings({ 'elements/corner-cafe.md': (old) => old.replace('summary: A café', 'summary: A family-run café') })).toEqual([]);
  });

  it('says nothing when the one person supported is hidden: no connection to them is published', async () => {
    const changes = { [NELL]: nell('Son and carer.'), 'elements/ada-brown.md': (old: string) => old.replace('alias: Gardener on Mill Lane', 'privacy: hidden') };
    expect(await warnings(changes)).toEqual([]);
  });

  it("names the area of the one anonymised person supported, but not inside a public element's name", async () => {
    const ada = (old: string) => old.replace('tags: [gardening]', 'area: Tanners Row\ntags: [gardening]');
    expect(await warnings({ 'elements/ada-brown.md': ada, [NELL]: nell('Pops in on Tanners Row most days.') })).toEqual([
      `${AT}:4:10 warning identifying-text: the summary names "Tanners Row", and the only element "nell-grey" supports is "ada-brown", who is anonymised and whose area that is: it tells readers where they live, which is never published for them. Leave it out, or name a wider area`,
    ]);
    const pantry = markdown(['name: Tanners Row Pantry', 'type: group', 'connections:', '  - to: mill-lane-care-co-op', '    type: commons-membership']);
    expect(await warnings({ 'elements/ada-brown.md': ada, 'elements/tanners-row-pantry.md': pantry, [NELL]: nell('Volunteers at the Tanners Row Pantry.') })).toEqual([]);
  });

  it('an alias that names the anonymised element’s own area', async () => {
    expect(await warnings({ 'elements/ada-brown.md': (old) => old.replace('tags: [gardening]', 'area: Mill Lane\ntags: [gardening]') })).toEqual([
      'content/elements/ada-brown.md:4:8 warning identifying-text: the alias names "Mill Lane", this element\'s area, which is otherwise never published for it; choose an alias that does not say where they live, such as "Resident C"',
    ]);
  });
});
