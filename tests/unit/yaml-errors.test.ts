import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/load/load-content.ts';
import { checkContent, makeContent, markdown, MEMBER_OF_CO_OP, PROJECT_ROOT, TODAY, where, type Changes } from '../helpers/content.ts';

/**
 * A syntax error gives ONE message, in words, at the line to change: tried
 * as a contributor would, on a copy of the example content.
 */

const CAFE = 'elements/kettle-and-crumb-cafe.md';
const AT = `content/${CAFE}`;

/** The errors of a changed copy of the example content (its warnings depend on the day). */
async function errorsInExample(changes: Changes): Promise<string[]> {
  const { root } = await makeContent(changes, path.join(PROJECT_ROOT, 'content'));
  const result = await loadContent('content', { cwd: root, today: TODAY });
  return result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${where(d)}: ${d.message}`);
}

/** Changes one line of the café's second connection (lines 17 "  - to: margaret-okafor" and 18 "    type: shared-support-plan"). */
const cafe = (from: string, to: string): Changes => ({
  [CAFE]: (old) => {
    if (!old.includes(`\n${from}\n`)) throw new Error(`no line "${from}" in ${CAFE}`);
    return old.replace(`\n${from}\n`, `\n${to}\n`);
  },
});

describe('a mis-indented line in a connection', () => {
  it('"type:" indented 3 spaces instead of 4', async () => {
    expect(await errorsInExample(cafe('    type: shared-support-plan', '   type: shared-support-plan'))).toEqual([
      `${AT}:18:1 error yaml-syntax: malformed YAML: line 18 is indented 3 spaces; line it up with "to:" above, 4 spaces`,
    ]);
  });

  it('"type:" indented 5 spaces: the message points at that line, not the one above', async () => {
    expect(await errorsInExample(cafe('    type: shared-support-plan', '     type: shared-support-plan'))).toEqual([
      `${AT}:18:1 error yaml-syntax: malformed YAML: line 18 is indented 5 spaces; line it up with "to:" above, 4 spaces`,
    ]);
  });

  it('"type:" indented with a tab: no false "appears twice"', async () => {
    expect(await errorsInExample(cafe('    type: shared-support-plan', '\ttype: shared-support-plan'))).toEqual([
      `${AT}:18:1 error yaml-syntax: malformed YAML: line 18 is indented with a tab, and YAML allows only spaces: use 4 spaces, to line up with "to:" above`,
    ]);
  });

  it('a second "- to:" in column 1', async () => {
    expect(await errorsInExample(cafe('  - to: margaret-okafor', '- to: margaret-okafor'))).toEqual([
      `${AT}:17:1 error yaml-syntax: malformed YAML: line 17 is not indented; line it up with "- to:" above, 2 spaces`,
    ]);
  });
});

const NEW = 'elements/new-group.md';
const NEW_AT = `content/${NEW}`;

/** Every diagnostic of the valid fixture with one new element made of these front matter lines. */
async function report(lines: string[]): Promise<string[]> {
  const result = await checkContent({ [NEW]: markdown(lines) });
  return result.diagnostics.map((d) => `${where(d)}: ${d.message}`);
}

describe('other common mistakes, one message each', () => {
  it.each([
    [
      'a ": " inside a value',
      ['name: New Group', 'type: group', 'summary: Open daily: 9am to 5pm', ...MEMBER_OF_CO_OP],
      '4:10 error yaml-syntax: malformed YAML: line 4 has ": " inside the value of "summary", which YAML reads as another key; put the value in double quotes: summary: "Open daily: 9am to 5pm"',
    ],
    [
      'a quote never closed',
      ['name: "New Group', 'type: group', ...MEMBER_OF_CO_OP],
      '2:7 error yaml-syntax: malformed YAML: the " that opens this value on line 2 is never closed; add a closing " at the end of the value',
    ],
    [
      'text after the closing quote',
      ['name: "New" Group', 'type: group', ...MEMBER_OF_CO_OP],
      '2:7 error yaml-syntax: malformed YAML: line 2 has text after the closing "; put the whole value inside the quotes, or remove them',
    ],
    [
      'a list never closed',
      ['name: New Group', 'type: group', 'tags: [walks, tea', ...MEMBER_OF_CO_OP],
      '4:18 error yaml-syntax: malformed YAML: the "[" on line 4 is never closed; add "]" after the last item',
    ],
    [
      'no space after the colon',
      ['name: New Group', 'type:group', ...MEMBER_OF_CO_OP],
      '3:1 error yaml-syntax: malformed YAML: line 3 needs a space after the colon, as in "type: group"',
    ],
    [
      'no colon after a key',
      ['name: New Group', 'type group', ...MEMBER_OF_CO_OP],
      '3:1 error yaml-syntax: malformed YAML: line 3 needs a colon after "type", as in "type: group"',
    ],
    [
      'no colon after "connections"',
      ['name: New Group', 'type: group', 'connections', '  - to: mill-lane-care-co-op', '    type: commons-membership'],
      '4:1 error yaml-syntax: malformed YAML: line 4 needs a colon after "connections", as in "connections:" (or, if it continues the value above, indent it)',
    ],
    [
      'no colon after "to"',
      ['name: New Group', 'type: group', 'connections:', '  - to mill-lane-care-co-op', '    type: commons-membership'],
      '5:5 error yaml-syntax: malformed YAML: line 5 needs a colon after "to", as in "- to: mill-lane-care-co-op"',
    ],
    [
      'a value that starts with "@"',
      ['name: New Group', 'type: group', 'summary: @newgroup on every network', ...MEMBER_OF_CO_OP],
      '4:10 error yaml-syntax: malformed YAML: line 4: a value cannot start with "@"; put it in double quotes: summary: "@newgroup on every network"',
    ],
    [
      'a list item where no list can be',
      ['name: New Group', 'type: group', '  - to: mill-lane-care-co-op', '    type: commons-membership'],
      '4:3 error yaml-syntax: malformed YAML: line 4 starts a list item ("- ") where no list can be: put it under a key that ends with ":", such as "connections:", or remove the "- "',
    ],
    [
      'a key inside "care:" out of line',
      ['name: New Group', 'type: group', 'care:', '  formal: [care-coordination]', '   informal: [companionship]', ...MEMBER_OF_CO_OP],
      '6:1 error yaml-syntax: malformed YAML: line 6 is indented 3 spaces; line it up with "formal:" above, 2 spaces',
    ],
  ])('%s', async (_, lines, expected) => {
    expect(await report(lines)).toEqual([`${NEW_AT}:${expected}`]);
  });
});
