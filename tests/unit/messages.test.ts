import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/diagnostic.ts';
import { formatDiagnostics } from '../../src/core/diagnostic-format.ts';
import { checkContent, markdown, MEMBER_OF_CO_OP, type Changes } from '../helpers/content.ts';

/** One change set that breaks every rule that can be broken alongside the others. */
const EVERYTHING_WRONG: Changes = {
  'site.yml': null,
  'maps/prototype.md': (old) => old.replace('order: 2', 'default: true\norder: 2'),
  'maps/walks.markdown': '---\ntitle: Walks\n---\nWalks around Mill Lane.\n',
  'elements/big-file.md': markdown(['name: Big', 'type: group'], 'x'.repeat(2_000_000)),
  'elements/photo.md': new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]),
  'elements/twice-named.md': markdown(['name: Twice', 'type: group', 'name: Named', ...MEMBER_OF_CO_OP]),
  'elements/no-fences.md': 'name: No Fences\ntype: group\n',
  'elements/Bad_Name.md': markdown(['name: Bad Name', 'type: group', ...MEMBER_OF_CO_OP]),
  'elements/Corner-Cafe.md': markdown(['name: Corner Cafe Annexe', 'type: business', ...MEMBER_OF_CO_OP]),
  'elements/kitchen-table.md': markdown([
    'type: group',
    'sumary: Tea and talk',
    `area: ${'Long Lane '.repeat(12)}End`,
    'website: www.kitchen-table.example.org',
    'tags: tea',
    'privacy: secret',
    'reviewed: 2025-02-29',
    'care:',
    '  formal: [personal-cre]',
    'maps: [protoype]',
    'connections:',
    '  - to: ada-broun',
    '    type: not-in-support-plan',
    '  - to: ben-carter',
    '    type: shared-support-plan',
    '  - to: mill-lane-care-co-op',
    '    type: commons-membership',
    '    care:',
    '      informal: [companionship]',
    '  - to: kitchen-table',
    '    type: inactive-commons-membership',
    '  - to: corner-cafe',
    '    type: comons-membership',
    '  - type: commons-membership',
  ]),
  'elements/typo-cafe.md': markdown(['name: Typo Café', 'type: buisness', ...MEMBER_OF_CO_OP]),
  'elements/ben-carter.md': (old) =>
    old.replace('area: Mill Lane\n', 'area: Mill Lane\ncontact: "07700 900123"\nreviewed: 2024-06-01\n').replace('      informal: [shopping]\n---', '      informal: [shopping, transport]\n---').replace("Ben does a neighbour's shopping", "Ben does Ada's shopping"),
  'elements/ada-brown.md': (old) => old.replace('    role: supported member\n', '    role: supported member\n  - to: corner-cafe\n    type: not-in-support-plan\n'),
  'elements/lonely-allotment.md': markdown(['name: Lonely Allotment', 'type: group'], 'See <iframe src="https://video.example/1"></iframe>'),
};

describe('messages', () => {
  it('every rule at once: the full text output, one line each, in file order', async () => {
    const result = await checkContent(EVERYTHING_WRONG);
    const rules = new Set(result.diagnostics.map((d) => d.rule));
    // Only a missing content folder (unreadable-file) cannot be combined with the rest.
    expect([...rules].sort()).toEqual(Object.keys(RULES).filter((r) => r !== 'unreadable-file').sort());
    expect(formatDiagnostics(result.diagnostics, 'text')).toMatchInlineSnapshot(`
      "content/elements/Bad_Name.md:1:1: error: file name "Bad_Name.md" is not a valid slug: use lowercase letters a-z, digits and single hyphens, e.g. "corner-cafe.md" (invalid-slug)
      content/elements/Corner-Cafe.md:1:1: error: file name "Corner-Cafe" differs from "corner-cafe" only in case; slugs must be unique ignoring case: rename or merge one (slug-case-clash)
      content/elements/ben-carter.md:5:1: error: "contact" is not allowed on a Person: people's contact details are never published; remove it (contact-on-person)
      content/elements/ben-carter.md:6:11: warning: last reviewed 2024-06-01, 593 days ago (more than 365); check the entry with the element and update "reviewed" (review-overdue)
      content/elements/ben-carter.md:17:28: warning: "ben-carter" gives informal care "transport" here but does not list it in its own "care"; add it to content/elements/ben-carter.md or correct this connection (care-not-offered)
      content/elements/ben-carter.md:19:10: error: the description mentions "Ada", from the name of "ada-brown", which is anonymised; it would be published. Write "a neighbour" or the alias instead (private-name)
      content/elements/big-file.md:1:1: error: file is 2.0 MB; content files must be under 1 MB (file-too-large)
      content/elements/corner-cafe.md:13:9: error: the "not-in-support-plan" connection between "corner-cafe" and "ada-brown" is declared twice; it is also at content/elements/ada-brown.md:11:9. Keep one (duplicate-connection)
      content/elements/kitchen-table.md:1:1: error: missing required key "name" (missing-key)
      content/elements/kitchen-table.md:3:1: error: unknown key "sumary"; did you mean "summary"? (unknown-key)
      content/elements/kitchen-table.md:4:7: error: "area" is 123 characters long; keep it to 120 at most (too-long)
      content/elements/kitchen-table.md:5:10: error: "website" must be an address starting with http:// or https://; got "www.kitchen-table.example.org" (invalid-url)
      content/elements/kitchen-table.md:6:7: error: "tags" should be a list (items starting with "- " or written [a, b]), not text (wrong-kind)
      content/elements/kitchen-table.md:7:10: error: "privacy" must be one of public, anonymised, hidden; got "secret" (invalid-value)
      content/elements/kitchen-table.md:8:11: error: "reviewed" must be a real date written YYYY-MM-DD, e.g. 2026-03-31; got "2025-02-29" (invalid-date)
      content/elements/kitchen-table.md:10:12: error: unknown formal care "personal-cre"; did you mean "personal-care"? (unknown-care)
      content/elements/kitchen-table.md:11:8: error: unknown map "protoype"; did you mean "prototype"? (unknown-map)
      content/elements/kitchen-table.md:13:9: error: connection to "ada-broun", which does not exist; did you mean "ada-brown"? (dangling-connection)
      content/elements/kitchen-table.md:16:11: error: a "shared-support-plan" connection needs a Supported Person (supported-person) at one end; "kitchen-table" is a Group and "ben-carter" is a Person (connection-rule)
      content/elements/kitchen-table.md:19:5: error: care cannot flow through a "commons-membership" connection; put it on a support connection (not-in-support-plan or shared-support-plan) (care-on-membership)
      content/elements/kitchen-table.md:21:9: error: "kitchen-table" is connected to itself; a connection links two different elements (self-connection)
      content/elements/kitchen-table.md:24:11: error: unknown connection type "comons-membership"; did you mean "commons-membership"? (unknown-connection-type)
      content/elements/kitchen-table.md:25:5: error: missing required key "to" (missing-key)
      content/elements/lonely-allotment.md:2:1: warning: "lonely-allotment" has no connections, so it floats alone on the map; add a membership of the convening partner or a support connection (isolated-element)
      content/elements/lonely-allotment.md:5:5: warning: <iframe> is removed from the published page, with everything inside it; use Markdown, or one of the HTML tags the content guide lists (unsafe-html)
      content/elements/no-fences.md:1:1: error: no front matter: the file must start with a line "---", then the keys such as "name:" and "type:", then another "---" (missing-front-matter)
      content/elements/photo.md:1:1: error: this is a binary file, not Markdown text; content files must be UTF-8 text (binary-file)
      content/elements/twice-named.md:4:1: error: malformed YAML: the key "name" appears twice; each key may appear once (yaml-syntax)
      content/elements/typo-cafe.md:3:7: error: unknown element type "buisness"; did you mean "business"? (unknown-type)
      content/maps/service.md:3:1: error: only one map may be "default: true"; "prototype" already is (default-map)
      content/maps/walks.markdown:1:1: warning: only .md files are read in maps/, so this file is ignored; rename it to "walks.md" (ignored-file)
      content/site.yml:1:1: error: site.yml is missing: create it with at least "title: <name of your care commons>" (missing-site)"
    `);
  });

  it('a file with many problems reports all of them in one pass', async () => {
    const result = await checkContent(EVERYTHING_WRONG);
    const kitchen = result.diagnostics.filter((d) => d.file === 'content/elements/kitchen-table.md');
    expect(kitchen.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual([
      '1:1 missing-key',
      '3:1 unknown-key',
      '4:7 too-long',
      '5:10 invalid-url',
      '6:7 wrong-kind',
      '7:10 invalid-value',
      '8:11 invalid-date',
      '10:12 unknown-care',
      '11:8 unknown-map',
      '13:9 dangling-connection',
      '16:11 connection-rule',
      '19:5 care-on-membership',
      '21:9 self-connection',
      '24:11 unknown-connection-type',
      '25:5 missing-key',
    ]);
  });
});
