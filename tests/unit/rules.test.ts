import { describe, expect, it } from 'vitest';
import { RULES, type RuleId } from '../../src/core/diagnostic.ts';
import { loadContent } from '../../src/load/load-content.ts';
import { checkContent, columnOf, makeContent, markdown, MEMBER_OF_CO_OP, TODAY, where, type Changes } from '../helpers/content.ts';

/**
 * One focused case per rule: a small change to the valid fixture, and every
 * diagnostic it must produce, exactly (file:line:column severity rule).
 */
interface RuleCase {
  changes: Changes;
  /** Content folder to load instead of "content" (for a missing folder). */
  content?: string;
  expect: string[];
  /** The message of the rule's diagnostic, whole: the one test of each message's wording. */
  message: string;
}

const NEW = 'elements/new-group.md';
const AT = 'content/elements/new-group.md';

const CASES = {
  'unreadable-file': {
    changes: {},
    content: 'no-such-folder',
    expect: ['no-such-folder:1:1 error unreadable-file'],
    message: 'content folder not found; pass --content DIR or set CARE_MAP_CONTENT',
  },
  'file-too-large': {
    changes: { [NEW]: markdown(['name: New Group', 'type: group', ...MEMBER_OF_CO_OP], 'x'.repeat(10_000_000)) },
    expect: [`${AT}:1:1 error file-too-large`],
    message: 'file is 10.0 MB; content files must be under 1 MB',
  },
  'binary-file': {
    changes: { [NEW]: new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]) },
    expect: [`${AT}:1:1 error binary-file`],
    message: 'this is a binary file, not Markdown text; content files must be UTF-8 text',
  },
  'yaml-syntax': {
    changes: { [NEW]: markdown(['name: New Group', 'type: group', 'name: Another Name', ...MEMBER_OF_CO_OP]) },
    expect: [`${AT}:4:1 error yaml-syntax`],
    message: 'malformed YAML: the key "name" appears twice; each key may appear once',
  },
  'missing-front-matter': {
    changes: { [NEW]: 'name: New Group\ntype: group\n\nA group with no front matter fences.\n' },
    expect: [`${AT}:1:1 error missing-front-matter`],
    message: 'no front matter: the file must start with a line "---", then the keys such as "name:" and "type:", then another "---"',
  },
  'missing-site': {
    changes: { 'site.yml': null },
    expect: ['content/site.yml:1:1 error missing-site'],
    message: 'site.yml is missing: create it with at least "title: <name of your care commons>"',
  },
  'missing-key': {
    changes: { [NEW]: markdown(['name: New Group', 'connections:', '  - to: mill-lane-care-co-op', '    role: member']) },
    // The element's "type" (at the front matter's start) and the connection's "type" (at its item).
    expect: [`${AT}:1:1 error missing-key`, `${AT}:4:5 error missing-key`],
    message: 'missing required key "type"',
  },
  'unknown-key': {
    changes: { [NEW]: markdown(['name: New Group', 'type: group', 'sumary: Walks on Sundays', ...MEMBER_OF_CO_OP]) },
    expect: [`${AT}:4:1 error unknown-key`],
    message: 'unknown key "sumary"; did you mean "summary"?',
  },
  'wrong-kind': {
    changes: { [NEW]: markdown(['name: New Group', 'type: group', 'tags: walking', ...MEMBER_OF_CO_OP]) },
    expect: [`${AT}:4:7 error wrong-kind`],
    message: '"tags" should be a list (items starting with "- " or written [a, b]), not text',
  },
  'invalid-value': {
    changes: { [NEW]: markdown(['name: New Group', 'type: group', 'privacy: secret', ...MEMBER_OF_CO_OP]) },
    expect: [`${AT}:4:10 error invalid-value`],
    message: '"privacy" must be one of public, anonymised, hidden; got "secret"',
  },
  'too-long': {
    changes: { [NEW]: markdown(['name: New Group', 'type: group', `summary: ${'Walks. '.repeat(40)}x`, ...MEMBER_OF_CO_OP]) },
    expect: [`${AT}:4:10 error too-long`],
    message: '"summary" is 281 characters long; keep it to 280 at most',
  },
  'unknown-type': {
    changes: { [NEW]: markdown(['name: New Group', 'type: gruop', ...MEMBER_OF_CO_OP]) },
    expect: [`${AT}:3:7 error unknown-type`],
    message: 'unknown element type "gruop"; did you mean "group"?',
  },
  'unknown-connection-type': {
    changes: { [NEW]: markdown(['name: New Group', 'type: group', 'connections:', '  - to: mill-lane-care-co-op', '    type: comons-membership']) },
    expect: [`${AT}:6:11 error unknown-connection-type`],
    message: 'unknown connection type "comons-membership"; did you mean "commons-membership"?',
  },
  'unknown-care': {
    changes: { [NEW]: markdown(['name: New Group', 'type: group', 'care:', '  informal: [shoping]', ...MEMBER_OF_CO_OP]) },
    expect: [`${AT}:5:14 error unknown-care`],
    message: 'unknown informal care "shoping"; did you mean "shopping"?',
  },
  'unknown-map': {
    changes: { [NEW]: markdown(['name: New Group', 'type: group', 'maps: [service, protoype]', ...MEMBER_OF_CO_OP]) },
    expect: [`${AT}:4:17 error unknown-map`],
    message: 'unknown map "protoype"; did you mean "prototype"?',
  },
  'default-map': {
    changes: { 'maps/prototype.md': (old) => old.replace('order: 2', 'default: true\norder: 2') },
    // Both are default; the one after the first (by file name) is told which one already is.
    expect: ['content/maps/service.md:3:1 error default-map'],
    message: 'only one map may be "default: true"; "prototype" already is',
  },
  'dangling-connection': {
    changes: { [NEW]: markdown(['name: New Group', 'type: group', 'connections:', '  - to: ada-broun', '    type: not-in-support-plan']) },
    expect: [`${AT}:5:9 error dangling-connection`],
    message: 'connection to "ada-broun", which does not exist; did you mean "ada-brown"?',
  },
  'connection-rule': {
    changes: { [NEW]: markdown(['name: New Group', 'type: group', 'connections:', '  - to: ben-carter', '    type: not-in-support-plan']) },
    expect: [`${AT}:6:11 error connection-rule`],
    message: 'a "not-in-support-plan" connection needs a Supported Person (supported-person) at one end; "new-group" is a Group and "ben-carter" is a Person',
  },
  'care-on-membership': {
    changes: { [NEW]: markdown(['name: New Group', 'type: group', 'care:', '  informal: [companionship]', ...MEMBER_OF_CO_OP, '    care:', '      informal: [companionship]']) },
    expect: [`${AT}:9:5 error care-on-membership`],
    message: 'care cannot flow through a "commons-membership" connection; put it on a support connection (not-in-support-plan or shared-support-plan)',
  },
  'duplicate-connection': {
    // corner-cafe.md already declares this connection; ada-brown.md (first by name) now does too.
    changes: { 'elements/ada-brown.md': (old) => old.replace('    role: supported member\n', '    role: supported member\n  - to: corner-cafe\n    type: not-in-support-plan\n') },
    expect: ['content/elements/corner-cafe.md:13:9 error duplicate-connection'],
    message: 'the "not-in-support-plan" connection between "corner-cafe" and "ada-brown" is declared twice; it is also at content/elements/ada-brown.md:11:9. Keep one',
  },
  'self-connection': {
    changes: { [NEW]: markdown(['name: New Group', 'type: group', 'connections:', '  - to: new-group', '    type: commons-membership']) },
    expect: [`${AT}:5:9 error self-connection`],
    message: '"new-group" is connected to itself; a connection links two different elements',
  },
  'invalid-slug': {
    changes: { 'elements/New_Group.md': markdown(['name: New Group', 'type: group', ...MEMBER_OF_CO_OP]) },
    expect: ['content/elements/New_Group.md:1:1 error invalid-slug'],
    message: 'file name "New_Group.md" is not a valid slug: use lowercase letters a-z, digits and single hyphens, e.g. "corner-cafe.md"',
  },
  'slug-case-clash': {
    changes: { 'elements/Corner-Cafe.md': markdown(['name: Corner Cafe Annexe', 'type: business', ...MEMBER_OF_CO_OP]) },
    expect: ['content/elements/Corner-Cafe.md:1:1 error slug-case-clash'],
    message: 'file name "Corner-Cafe" differs from "corner-cafe" only in case; slugs must be unique ignoring case: rename or merge one',
  },
  'invalid-date': {
    changes: { [NEW]: markdown(['name: New Group', 'type: group', 'reviewed: 2025-02-29', ...MEMBER_OF_CO_OP]) },
    expect: [`${AT}:4:11 error invalid-date`],
    message: '"reviewed" must be a real date written YYYY-MM-DD, e.g. 2026-03-31; got "2025-02-29"',
  },
  'invalid-url': {
    changes: { [NEW]: markdown(['name: New Group', 'type: group', 'website: www.new-group.example.org', ...MEMBER_OF_CO_OP]) },
    expect: [`${AT}:4:10 error invalid-url`],
    message: '"website" must be an address starting with http:// or https://; got "www.new-group.example.org"',
  },
  'contact-on-person': {
    changes: { 'elements/ben-carter.md': (old) => old.replace('area: Mill Lane\n', 'area: Mill Lane\ncontact: "07700 900123"\n') },
    expect: ['content/elements/ben-carter.md:5:1 error contact-on-person'],
    message: `"contact" is not allowed on a Person: people's contact details are never published; remove it`,
  },
  'review-overdue': {
    // TODAY is 2026-01-15: 366 days after 2025-01-14, one more than review_after_days.
    changes: { [NEW]: markdown(['name: New Group', 'type: group', 'reviewed: 2025-01-14', ...MEMBER_OF_CO_OP]) },
    expect: [`${AT}:4:11 warning review-overdue`],
    message: 'last reviewed 2025-01-14, 366 days ago (more than 365); check the entry with the element and update "reviewed"',
  },
  'care-not-offered': {
    changes: { [NEW]: markdown(['name: New Group', 'type: group', 'connections:', '  - to: ada-brown', '    type: not-in-support-plan', '    care:', '      informal: [shopping]']) },
    expect: [`${AT}:8:18 warning care-not-offered`],
    message: '"new-group" gives informal care "shopping" here but does not list it in its own "care"; add it to content/elements/new-group.md or correct this connection',
  },
  'isolated-element': {
    changes: { [NEW]: markdown(['name: New Group', 'type: group']) },
    expect: [`${AT}:2:1 warning isolated-element`],
    message: '"new-group" has no connections, so it floats alone on the map; add a membership of the convening partner or a support connection',
  },
  'identifying-text': {
    // A named person whose only support goes to ada-brown (anonymised) and who is her family: that identifies her.
    changes: { [NEW]: markdown(['name: Nell Grey', 'type: person', 'summary: Granddaughter who does the weekly shop.', 'connections:', '  - to: ada-brown', '    type: not-in-support-plan']) },
    expect: [`${AT}:4:10 warning identifying-text`],
    message: 'the summary says "Granddaughter", and the only element "new-group" supports is "ada-brown", who is anonymised: together they tell anyone who knows Nell Grey who that is. Keep the published text vague ("helps someone nearby"), or make "new-group" anonymised too',
  },
  'private-name': {
    // "Ada" is from the name of ada-brown, a supported person and so anonymised: reported at the word in the body.
    changes: { [NEW]: markdown(['name: New Group', 'type: group', ...MEMBER_OF_CO_OP], 'Walks on Sundays with Ada.') },
    expect: [`${AT}:8:23 error private-name`],
    message: 'the description mentions "Ada", from the name of "ada-brown", which is anonymised; it would be published. Write "a neighbour" or the alias instead',
  },
  'duplicate-alias': {
    // ada-brown.md already has "alias: Gardener on Mill Lane"; the second file to use it is the one reported.
    changes: { 'elements/zoe-quill.md': markdown(['name: Zoe Quill', 'type: supported-person', 'alias: gardener on  Mill Lane', ...MEMBER_OF_CO_OP]) },
    expect: ['content/elements/zoe-quill.md:4:8 error duplicate-alias'],
    message: 'the alias "gardener on  Mill Lane" is also the alias of "ada-brown" (content/elements/ada-brown.md:4:8); two people would look like one on the map: choose another, or leave it out for a lettered one',
  },
  'ignored-file': {
    changes: { 'elements/new-group.markdown': markdown(['name: New Group', 'type: group', ...MEMBER_OF_CO_OP]) },
    expect: ['content/elements/new-group.markdown:1:1 warning ignored-file'],
    message: 'only .md files are read in elements/, so this file is ignored; rename it to "new-group.md"',
  },
  'unsafe-html': {
    changes: { [NEW]: markdown(['name: New Group', 'type: group', ...MEMBER_OF_CO_OP], 'Watch <iframe src="https://video.example/1"></iframe> here.') },
    expect: [`${AT}:8:7 warning unsafe-html`],
    message: '<iframe> is removed from the published page, with everything inside it; use Markdown, or one of the HTML tags the content guide lists',
  },
} satisfies Record<RuleId, RuleCase>;

describe('every rule', () => {
  it('has a case here, and the cases name only real rules', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(RULES).sort());
  });

  it('the valid fixture itself has no diagnostics at all', async () => {
    const result = await checkContent();
    expect(result.diagnostics).toEqual([]);
    expect(result.commons?.elements.map((e) => e.id)).toEqual(['ada-brown', 'ben-carter', 'corner-cafe', 'mill-lane-care-co-op']);
  });

  it.each(Object.entries(CASES) as [RuleId, RuleCase][])('%s: reported at the right place, with its severity', async (rule, c) => {
    const { root } = await makeContent(c.changes);
    const result = await loadContent(c.content ?? 'content', { cwd: root, today: TODAY });
    expect(result.diagnostics.map(where)).toEqual(c.expect);
    const own = result.diagnostics.filter((d) => d.rule === rule);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((d) => d.severity === RULES[rule])).toBe(true);
    expect(own.map((d) => d.message)).toContain(c.message);
    if (RULES[rule] === 'error') expect(result.commons).toBeUndefined();
    else expect(result.commons).toBeDefined();
  });
});

describe('rule details', () => {
  it('unsafe-html explains what the site removes, once per line, and leaves code and safe HTML alone', async () => {
    const body = [
      'Open <b>Tuesdays</b> and <details><summary>more</summary>Fridays</details>.',
      'Type `<script>` to see nothing happen.',
      '```',
      '<script>alert(1)</script>',
      '```',
      '<a href="javascript:alert(1)">free tea</a> <span onclick="x()">twice</span>',
      '<span onclick="steal()">tea</span>',
      '[Our page](https://example.org) and <a href="mailto:hi@example.org">mail</a> and <a href="/about/">about</a>',
      '![Garden](/garden.jpg) ![Tracker](https://tracker.example/p.png)',
    ].join('\n');
    const result = await checkContent({ [NEW]: markdown(['name: New Group', 'type: group', ...MEMBER_OF_CO_OP], body) });
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual([
      `${AT}:13:1 warning unsafe-html: the link "javascript:alert(1)" is removed from the published page; links may go to http(s), mailto: and tel: addresses, or within the site`,
      `${AT}:14:1 warning unsafe-html: the attribute "onclick" on <span> is removed from the published page: no scripts run on the site`,
      `${AT}:16:24 warning unsafe-html: pictures from other sites are not shown on the published page, only their description; put the picture in public/ and link to it as /its-name.jpg`,
    ]);
  });

  it('unsafe-html also reads a map\'s intro', async () => {
    const result = await checkContent({ 'maps/service.md': (old) => `${old.trimEnd()}\n\n<script>alert(1)</script>\n` });
    const html = result.diagnostics.filter((d) => d.rule === 'unsafe-html');
    expect(html.map((d) => `${d.file} ${d.message}`)).toEqual(['content/maps/service.md <script> is removed from the published page, with everything inside it; use Markdown, or one of the HTML tags the content guide lists']);
  });

  it('a dangling "to:" points at the value, with no guess when nothing is close', async () => {
    const result = await checkContent({
      [NEW]: markdown(['name: New Group', 'type: group', 'connections:', '  - to: mill-lane-care-co-op', '    type: commons-membership', '  -   to:   somebody-else', '      type: not-in-support-plan']),
    });
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual([
      `${AT}:7:13 error dangling-connection: connection to "somebody-else", which does not exist`,
    ]);
  });

  it('a connection declared twice in one file names both places', async () => {
    const result = await checkContent({
      [NEW]: markdown(['name: New Group', 'type: group', ...MEMBER_OF_CO_OP, '    role: walker', '  - to: mill-lane-care-co-op', '    type: commons-membership']),
    });
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual([
      `${AT}:8:9 error duplicate-connection: the "commons-membership" connection between "new-group" and "mill-lane-care-co-op" is declared twice; it is also at ${AT}:5:9. Keep one`,
    ]);
  });

  it('the same two elements may be linked by connections of different types', async () => {
    const result = await checkContent({
      'elements/ada-brown.md': (old) => old.replace('    role: supported member\n', '    role: supported member\n  - to: mill-lane-care-co-op\n    type: not-in-support-plan\n'),
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.commons?.connections.filter((c) => c.from === 'ada-brown').map((c) => c.type)).toEqual(['commons-membership', 'not-in-support-plan']);
  });

  it('active and inactive membership of the same pair is a duplicate-connection naming both places', async () => {
    const result = await checkContent({
      [NEW]: markdown(['name: New Group', 'type: group', ...MEMBER_OF_CO_OP, '  - to: mill-lane-care-co-op', '    type: inactive-commons-membership']),
    });
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual([
      `${AT}:8:11 error duplicate-connection: "new-group" and "mill-lane-care-co-op" are connected both as "commons-membership" (at ${AT}:5:9) and as "inactive-commons-membership"; keep the one that is true now`,
    ]);
    expect(result.commons).toBeUndefined();
  });

  it('active and inactive membership declared in the two files of the pair is caught too', async () => {
    // ben-carter.md (first by name) has the inactive membership; the co-op now also declares an active one.
    const result = await checkContent({
      'elements/mill-lane-care-co-op.md': (old) => old.replace('connections:\n', 'connections:\n  - to: ben-carter\n    type: commons-membership\n'),
    });
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual([
      'content/elements/mill-lane-care-co-op.md:14:11 error duplicate-connection: "mill-lane-care-co-op" and "ben-carter" are connected both as "inactive-commons-membership" (at content/elements/ben-carter.md:8:9) and as "commons-membership"; keep the one that is true now',
    ]);
  });

  it('support inside and outside a support plan between one pair is allowed', async () => {
    const result = await checkContent({
      'elements/corner-cafe.md': (old) => old.replace('      informal: [meals]\n', '      informal: [meals]\n  - to: ada-brown\n    type: shared-support-plan\n    care:\n      informal: [companionship]\n'),
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.commons?.connections.filter((c) => c.from === 'corner-cafe' && c.to === 'ada-brown').map((c) => c.type)).toEqual(['not-in-support-plan', 'shared-support-plan']);
  });

  it('an empty "type:" is the wrong kind of value, not an unknown type "null"', async () => {
    const result = await checkContent({ [NEW]: markdown(['name: New Group', 'type:', ...MEMBER_OF_CO_OP]) });
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual([
      `${AT}:3:6 error wrong-kind: "type" should be one of supported-person, convening-partner, organisation, business, group, person, regulated-social-care-provider, health-care-provider, not empty`,
    ]);
  });

  it('an unknown key without a close match lists the allowed keys', async () => {
    const result = await checkContent({ [NEW]: markdown(['name: New Group', 'type: group', 'colour: green', ...MEMBER_OF_CO_OP]) });
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual([
      `${AT}:4:1 error unknown-key: unknown key "colour"; allowed keys are name, type, summary, area, website, contact, care, tags, maps, reviewed, privacy, alias, connections`,
    ]);
  });

  it('an unknown key inside a connection is suggested from the connection keys', async () => {
    const result = await checkContent({ [NEW]: markdown(['name: New Group', 'type: group', ...MEMBER_OF_CO_OP, '    roll: walker']) });
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual([`${AT}:7:5 error unknown-key: unknown key "roll"; did you mean "role"?`]);
  });

  it('an unknown key in site.yml gets a "did you mean", nested ones too', async () => {
    const result = await checkContent({ 'site.yml': 'title: T\nreview_after_day: 30\ncare_types:\n  formul:\n    nursing-care: Nursing\n' });
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual([
      'content/site.yml:2:1 error unknown-key: unknown key "review_after_day"; did you mean "review_after_days"?',
      'content/site.yml:4:3 error unknown-key: unknown key "formul"; did you mean "formal"?',
    ]);
  });

  it('care listed under the wrong form is told where it belongs', async () => {
    const result = await checkContent({ [NEW]: markdown(['name: New Group', 'type: group', 'care:', '  formal: [personal-care, shopping]', ...MEMBER_OF_CO_OP]) });
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual([
      `${AT}:5:27 error unknown-care: "shopping" is informal care, not formal; move it under "informal"`,
    ]);
  });

  it('care ids come from site.yml when it names a vocabulary', async () => {
    const site = 'title: T\ncare_types:\n  formal:\n    care-coordination: Care coordination\n  informal:\n    meals: Meals\n    companionship: Company\n    check-in-calls: Calls\n';
    const result = await checkContent({ 'site.yml': site });
    // ben-carter's and the co-op's "shopping" is not in this vocabulary; the rest is.
    expect(result.diagnostics.map(where)).toEqual([
      'content/elements/ben-carter.md:6:14 error unknown-care',
      'content/elements/ben-carter.md:15:18 error unknown-care',
    ]);
  });

  it('a care id in site.yml that is not a slug is reported at that key', async () => {
    const result = await checkContent({ 'site.yml': 'title: T\ncare_types:\n  informal:\n    Shopping_Trips: Shopping\n' });
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toContainEqual(
      'content/site.yml:4:5 error invalid-value: "Shopping_Trips" is not a valid care id: use lowercase letters a-z, digits and hyphens',
    );
  });

  it('no default map: the first map is told to mark one', async () => {
    const result = await checkContent({ 'maps/service.md': (old) => old.replace('default: true\n', '') });
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual([
      'content/maps/prototype.md:2:1 error default-map: no map is marked "default: true"; mark exactly one, the one the home page shows',
    ]);
  });

  it('no maps at all is an error on the maps folder', async () => {
    const result = await checkContent({ 'maps/service.md': null, 'maps/prototype.md': null, 'elements/corner-cafe.md': (old) => old.replace('maps: [service]\n', '') });
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual([
      'content/maps:1:1 error default-map: no map found: add content/maps/<map-id>.md with "default: true"',
    ]);
  });

  it('a membership between two elements that are not convening partners breaks its rule', async () => {
    const result = await checkContent({ [NEW]: markdown(['name: New Group', 'type: group', 'connections:', '  - to: corner-cafe', '    type: inactive-commons-membership']) });
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual([
      `${AT}:6:11 error connection-rule: an "inactive-commons-membership" connection needs a Convening Partner (convening-partner) at one end; "new-group" is a Group and "corner-cafe" is a Business`,
    ]);
  });

  it('care a supported person receives is checked against the giver at the other end', async () => {
    // Declared in the supported person's file: the café gives it, and does not list "transport".
    const result = await checkContent({
      'elements/ada-brown.md': (old) => old.replace('    role: supported member\n', '    role: supported member\n  - to: ben-carter\n    type: not-in-support-plan\n    care:\n      informal: [transport]\n'),
    });
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual([
      'content/elements/ada-brown.md:14:18 warning care-not-offered: "ben-carter" gives informal care "transport" here but does not list it in its own "care"; add it to content/elements/ben-carter.md or correct this connection',
    ]);
  });

  it('a membership in the wrong place reads "an" before a vowel, "a" before a consonant', async () => {
    const result = await checkContent({ [NEW]: markdown(['name: New Group', 'type: group', 'connections:', '  - to: corner-cafe', '    type: commons-membership']) });
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'a "commons-membership" connection needs a Convening Partner (convening-partner) at one end; "new-group" is a Group and "corner-cafe" is a Business',
    ]);
  });

  it('a number that must be at least 1 says so, and a fraction where a whole number belongs says so', async () => {
    const zero = await checkContent({ 'site.yml': (old) => old.replace('review_after_days: 365', 'review_after_days: 0') });
    expect(zero.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual(['content/site.yml:5:20 error invalid-value: "review_after_days" must be at least 1']);
    const fraction = await checkContent({ 'site.yml': (old) => old.replace('review_after_days: 365', 'review_after_days: 1.5') });
    expect(fraction.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual(['content/site.yml:5:20 error wrong-kind: "review_after_days" should be a whole number, not the number 1.5']);
  });

  it('a list item of the wrong kind is named by its place in the list', async () => {
    const result = await checkContent({ [NEW]: markdown(['name: New Group', 'type: group', 'tags: [walks, 12]', ...MEMBER_OF_CO_OP]) });
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual([`${AT}:4:15 error wrong-kind: item 2 of "tags" should be text, not the number 12`]);
  });

  it('an isolated supported person is told to add a support connection', async () => {
    const result = await checkContent({ 'elements/dee-evans.md': markdown(['name: Dee Evans', 'type: supported-person']) });
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual([
      'content/elements/dee-evans.md:2:1 warning isolated-element: "dee-evans" has no connections, so it floats alone on the map; add a support connection from someone who gives care',
    ]);
  });

  it('review-overdue: exactly review_after_days old is still fine', async () => {
    const result = await checkContent({ [NEW]: markdown(['name: New Group', 'type: group', 'reviewed: 2025-01-15', ...MEMBER_OF_CO_OP]) });
    expect(result.diagnostics).toEqual([]);
  });

  it('review-overdue honours review_after_days from site.yml', async () => {
    const result = await checkContent({
      'site.yml': (old) => old.replace('review_after_days: 365', 'review_after_days: 30'),
      [NEW]: markdown(['name: New Group', 'type: group', 'reviewed: 2025-12-15', ...MEMBER_OF_CO_OP]),
    });
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual([
      `${AT}:4:11 warning review-overdue: last reviewed 2025-12-15, 31 days ago (more than 30); check the entry with the element and update "reviewed"`,
    ]);
  });

  it('invalid slugs in values point at the value', async () => {
    const result = await checkContent({ [NEW]: markdown(['name: New Group', 'type: group', 'maps: [Service]', 'connections:', '  - to: Mill Lane Care Co-op', '    type: commons-membership']) });
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual([
      `${AT}:4:8 error invalid-slug: "Service" is not a valid id: use lowercase letters a-z, digits and single hyphens, e.g. "corner-cafe"`,
      `${AT}:6:9 error invalid-slug: "Mill Lane Care Co-op" is not a valid id: use lowercase letters a-z, digits and single hyphens, e.g. "corner-cafe"`,
    ]);
  });

  it('a map file name that is not a slug is an invalid-slug', async () => {
    const result = await checkContent({ 'maps/Walks_Map.md': '---\ntitle: Walks\n---\n' });
    expect(result.diagnostics.map(where)).toEqual(['content/maps/Walks_Map.md:1:1 error invalid-slug']);
  });

  it('an element that cannot be parsed is still a valid target: no dangling errors elsewhere', async () => {
    const result = await checkContent({ 'elements/ada-brown.md': '---\nname: [Ada\n---\n' });
    expect(result.diagnostics.map(where)).toEqual(['content/elements/ada-brown.md:2:11 error yaml-syntax']);
  });

  it('a supported person is anonymised unless it says otherwise; others are public', async () => {
    const result = await checkContent();
    const privacy = Object.fromEntries(result.commons!.elements.map((e) => [e.id, e.privacy]));
    expect(privacy).toEqual({ 'ada-brown': 'anonymised', 'ben-carter': 'public', 'corner-cafe': 'public', 'mill-lane-care-co-op': 'public' });
  });
});

describe('private names', () => {
  /** A supported person (anonymised by default) with a membership, so that it is not isolated. */
  const JO = { 'elements/jo-fenwick.md': markdown(['name: Mrs Jo Fenwick', 'type: supported-person', ...MEMBER_OF_CO_OP], 'Jo Fenwick likes the allotment.') };
  const lines = async (changes: Changes) => (await checkContent(changes)).diagnostics.map((d) => `${where(d)}: ${d.message}`);
  const mentions = (word: string, owner: string, privacy = 'anonymised') =>
    `mentions "${word}", from the name of "${owner}", which is ${privacy}; it would be published. Write "a neighbour" or the alias instead`;

  it('a first name in a public description is an error at its line and column, counted in characters', async () => {
    const text = markdown(['name: New Group', 'type: group', ...MEMBER_OF_CO_OP], 'We meet at the Café on Mondays.\nOn Sundays — crêpes, then a walk with Ada’s dog.');
    expect(columnOf(text, 9, 'Ada')).toBe(39);
    const result = await checkContent({ [NEW]: text });
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual([`${AT}:9:39 error private-name: the description ${mentions('Ada', 'ada-brown')}`]);
    expect(result.commons).toBeUndefined();
  });

  it('a word that is also part of a public element\'s name does not count', async () => {
    const body = 'We meet on Brown Street.';
    // "Brown" is from ada-brown's name: alone, it is flagged ...
    expect(await lines({ [NEW]: markdown(['name: New Group', 'type: group', ...MEMBER_OF_CO_OP], body) })).toEqual([`${AT}:8:12 error private-name: the description ${mentions('Brown', 'ada-brown')}`]);
    // ... but not once a public element is called by it too.
    expect(await lines({ [NEW]: markdown(['name: Brown Street Walkers', 'type: group', ...MEMBER_OF_CO_OP], body) })).toEqual([]);
  });

  it('honorifics and words shorter than three letters do not count; the other words do', async () => {
    expect(await lines({ ...JO, [NEW]: markdown(['name: New Group', 'type: group', ...MEMBER_OF_CO_OP], 'Mrs Jo came by with the group.') })).toEqual([]);
    expect(await lines({ ...JO, [NEW]: markdown(['name: New Group', 'type: group', ...MEMBER_OF_CO_OP], 'Mrs Fenwick came by.') })).toEqual([
      `${AT}:8:5 error private-name: the description ${mentions('Fenwick', 'jo-fenwick')}`,
    ]);
  });

  it('every published field of a public element is checked, each at its value', async () => {
    const text = markdown([
      'name: New Group',
      'type: group',
      'summary: Walks with Ada',
      'area: Fenwick Row',
      'contact: "Ask for Ada at the café"',
      `tags: [walks, "Ada's friends"]`,
      ...MEMBER_OF_CO_OP,
      '    role: walks Ada home',
    ]);
    expect(await lines({ ...JO, [NEW]: text })).toEqual([
      `${AT}:4:10 error private-name: the summary ${mentions('Ada', 'ada-brown')}`,
      `${AT}:5:7 error private-name: the area ${mentions('Fenwick', 'jo-fenwick')}`,
      `${AT}:6:10 error private-name: the contact ${mentions('Ada', 'ada-brown')}`,
      `${AT}:7:15 error private-name: a tag ${mentions('Ada', 'ada-brown')}`,
      `${AT}:11:11 error private-name: a connection role ${mentions('Ada', 'ada-brown')}`,
    ]);
  });

  it('a role or note on a connection to the anonymised element itself is not flagged: it is never published', async () => {
    expect(
      await lines({ 'elements/corner-cafe.md': (old) => old.replace('    type: not-in-support-plan\n', '    type: not-in-support-plan\n    role: cooks for Ada\n    note: Ada likes the soup\n') }),
    ).toEqual([]);
    // The same note on a connection between two public elements is published, so it is flagged.
    expect(await lines({ 'elements/corner-cafe.md': (old) => old.replace('    role: community member\n', '    role: community member\n    note: Ada likes the soup\n') })).toEqual([
      `content/elements/corner-cafe.md:13:11 error private-name: a connection note ${mentions('Ada', 'ada-brown')}`,
    ]);
  });

  it('a private element\'s own file may use its name: its summary and description are never published', async () => {
    // ada-brown.md's description already reads "Ada wants to keep her garden."
    expect(await lines({ 'elements/ada-brown.md': (old) => old.replace('tags: [gardening]\n', 'tags: [gardening]\nsummary: Ada Brown keeps a garden on Mill Lane\n') })).toEqual([]);
  });

  it('an alias containing the person\'s own name is flagged', async () => {
    // Only the place and a word of the message are pinned, so that the fix may word it its own way.
    const result = await checkContent({ 'elements/ada-brown.md': (old) => old.replace('alias: Gardener on Mill Lane', 'alias: Ada the gardener') });
    expect(result.diagnostics.map(where)).toEqual(['content/elements/ada-brown.md:4:8 error private-name']);
    expect(result.diagnostics[0]?.message).toContain('"Ada"');
  });

  it('an alias containing another private person\'s name is flagged', async () => {
    expect(await lines({ ...JO, 'elements/ada-brown.md': (old) => old.replace('alias: Gardener on Mill Lane', 'alias: Gardener next to Fenwick') })).toEqual([
      `content/elements/ada-brown.md:4:8 error private-name: the alias ${mentions('Fenwick', 'jo-fenwick')}`,
    ]);
  });

  it('a hidden element\'s name counts too', async () => {
    const carol = markdown(['name: Carol Dunn', 'type: person', 'privacy: hidden', ...MEMBER_OF_CO_OP]);
    expect(await lines({ 'elements/carol-dunn.md': carol, [NEW]: markdown(['name: New Group', 'type: group', 'summary: Walks with Carol', ...MEMBER_OF_CO_OP]) })).toEqual([
      `${AT}:4:10 error private-name: the summary ${mentions('Carol', 'carol-dunn', 'hidden')}`,
    ]);
  });

  it('the column is that of the word itself, not of an earlier word that contains it', async () => {
    const ann = markdown(['name: Ann Lee', 'type: supported-person', ...MEMBER_OF_CO_OP]);
    const result = await checkContent({ 'elements/ann-lee.md': ann, [NEW]: markdown(['name: New Group', 'type: group', ...MEMBER_OF_CO_OP], 'Annual walks with Ann.') });
    expect(result.diagnostics.map(where)).toEqual([`${AT}:8:19 error private-name`]);
  });
});
