import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/diagnostic.ts';
import { formatDiagnostics } from '../../src/core/diagnostic-format.ts';
import { checkContent, markdown, MEMBER_OF_CO_OP, where, type Changes } from '../helpers/content.ts';

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
  'elements/zoe-quill.md': markdown(['name: Zoe Quill', 'type: supported-person', 'alias: Gardener on Mill Lane', ...MEMBER_OF_CO_OP]),
  'elements/lonely-allotment.md': markdown(['name: Lonely Allotment', 'type: group'], 'See <iframe src="https://video.example/1"></iframe>'),
  'elements/nell-grey.md': markdown(['name: Nell Grey', 'type: person', 'summary: Granddaughter who does the weekly shop.', 'connections:', '  - to: ada-brown', '    type: not-in-support-plan']),
};

/**
 * Every rule broken at once: all are found in one pass, each at its place, in
 * file order. The wording of each message is checked once, in
 * tests/unit/rules.test.ts; here only where each one is.
 */
describe('messages', () => {
  it('every rule at once: one line each, in file order, each at its place', async () => {
    const result = await checkContent(EVERYTHING_WRONG);
    const rules = new Set(result.diagnostics.map((d) => d.rule));
    // Only a missing content folder (unreadable-file) cannot be combined with the rest.
    expect([...rules].sort()).toEqual(Object.keys(RULES).filter((r) => r !== 'unreadable-file').sort());
    expect(formatDiagnostics(result.diagnostics, 'text').split('\n')).toHaveLength(result.diagnostics.length);
    expect(result.diagnostics.map(where)).toEqual([
      'content/elements/Bad_Name.md:1:1 error invalid-slug',
      'content/elements/Corner-Cafe.md:1:1 error slug-case-clash',
      'content/elements/ben-carter.md:5:1 error contact-on-person',
      'content/elements/ben-carter.md:6:11 warning review-overdue',
      'content/elements/ben-carter.md:17:28 warning care-not-offered',
      'content/elements/ben-carter.md:19:10 error private-name',
      'content/elements/big-file.md:1:1 error file-too-large',
      'content/elements/corner-cafe.md:13:9 error duplicate-connection',
      // A file with many problems reports all of them.
      'content/elements/kitchen-table.md:1:1 error missing-key',
      'content/elements/kitchen-table.md:3:1 error unknown-key',
      'content/elements/kitchen-table.md:4:7 error too-long',
      'content/elements/kitchen-table.md:5:10 error invalid-url',
      'content/elements/kitchen-table.md:6:7 error wrong-kind',
      'content/elements/kitchen-table.md:7:10 error invalid-value',
      'content/elements/kitchen-table.md:8:11 error invalid-date',
      'content/elements/kitchen-table.md:10:12 error unknown-care',
      'content/elements/kitchen-table.md:11:8 error unknown-map',
      'content/elements/kitchen-table.md:13:9 error dangling-connection',
      'content/elements/kitchen-table.md:16:11 error connection-rule',
      'content/elements/kitchen-table.md:19:5 error care-on-membership',
      'content/elements/kitchen-table.md:21:9 error self-connection',
      'content/elements/kitchen-table.md:24:11 error unknown-connection-type',
      'content/elements/kitchen-table.md:25:5 error missing-key',
      'content/elements/lonely-allotment.md:2:1 warning isolated-element',
      'content/elements/lonely-allotment.md:5:5 warning unsafe-html',
      'content/elements/nell-grey.md:4:10 warning identifying-text',
      'content/elements/no-fences.md:1:1 error missing-front-matter',
      'content/elements/photo.md:1:1 error binary-file',
      'content/elements/twice-named.md:4:1 error yaml-syntax',
      'content/elements/typo-cafe.md:3:7 error unknown-type',
      'content/elements/zoe-quill.md:4:8 error duplicate-alias',
      'content/maps/service.md:3:1 error default-map',
      'content/maps/walks.markdown:1:1 warning ignored-file',
      'content/site.yml:1:1 error missing-site',
    ]);
  });
});
