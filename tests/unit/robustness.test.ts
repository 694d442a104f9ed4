import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/load/load-content.ts';
import { checkContent, columnOf, makeContent, markdown, MEMBER_OF_CO_OP, TODAY, where, type Changes } from '../helpers/content.ts';

const NEW = 'elements/new-group.md';
const AT = 'content/elements/new-group.md';

/** Diagnostics as `file:line:column severity rule: message`. */
async function report(changes: Changes): Promise<string[]> {
  const result = await checkContent(changes);
  return result.diagnostics.map((d) => `${where(d)}: ${d.message}`);
}

/** A "billion laughs": nine levels of nine aliases each, 9^9 strings if expanded. */
function aliasBomb(): string {
  const lines = ['---', 'name: Laughs', 'type: group', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) {
    lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(', ')}]`);
  }
  lines.push('---', '');
  return lines.join('\n');
}

describe('encodings and line endings', () => {
  it('a byte order mark does not move positions or break parsing', async () => {
    const text = markdown(['name: New Group', 'type: gruop', ...MEMBER_OF_CO_OP]);
    expect(await report({ [NEW]: '\uFEFF' + text })).toEqual(await report({ [NEW]: text }));
    expect(await report({ [NEW]: '\uFEFF' + text })).toEqual([`${AT}:3:7 error unknown-type: unknown element type "gruop"; did you mean "group"?`]);
  });

  it('a byte order mark on site.yml and a map is accepted', async () => {
    const result = await checkContent({ 'site.yml': (old) => '\uFEFF' + old, 'maps/service.md': (old) => '\uFEFF' + old });
    expect(result.diagnostics).toEqual([]);
    expect(result.commons?.site.title).toBe('Mill Lane Care Commons');
    expect(result.commons?.maps.map((m) => [m.id, m.default])).toEqual([['service', true], ['prototype', false]]);
  });

  it('a whole content folder with CRLF line endings is valid, and no value keeps a "\\r"', async () => {
    const { root, dir } = await makeContent();
    for (const folder of ['', 'maps', 'elements']) {
      for (const name of (await readdir(path.join(dir, folder), { withFileTypes: true })).filter((e) => e.isFile())) {
        const file = path.join(dir, folder, name.name);
        await writeFile(file, (await readFile(file, 'utf8')).replace(/\n/g, '\r\n'));
      }
    }
    const result = await loadContent('content', { cwd: root, today: TODAY });
    expect(result.diagnostics).toEqual([]);
    const json = JSON.stringify(result.commons);
    expect(json).not.toContain('\\r');
    // The last key before the closing "---" is where a stray "\r" would stick.
    expect(result.commons?.connections.find((c) => c.from === 'ada-brown')?.role).toBe('supported member');
    expect(result.commons?.elements.find((e) => e.id === 'ada-brown')?.body).toBe('Ada wants to keep her garden.\n');
  });

  it('CRLF line endings keep lines and columns right, up to the last key', async () => {
    const text = markdown(['name: New Group', 'type: gruop', 'connections:', '  - to: nobody-here', '    type: commons-membership']).replace(/\n/g, '\r\n');
    expect(await report({ [NEW]: text })).toEqual([
      `${AT}:3:7 error unknown-type: unknown element type "gruop"; did you mean "group"?`,
      `${AT}:5:9 error dangling-connection: connection to "nobody-here", which does not exist`,
    ]);
  });

  it('CRLF in site.yml keeps positions right', async () => {
    expect(await report({ 'site.yml': 'title: T\r\nrepository: git@github.com:example/map.git\r\n' })).toEqual([
      'content/site.yml:2:13 error invalid-url: "repository" must be an address starting with http:// or https://; got "git@github.com:example/map.git"',
    ]);
  });

  it('non-ASCII names are kept exactly, and columns after them count characters', async () => {
    const name = "Zoë's Café – Ōsaka Ramen";
    const ok = await checkContent({ 'elements/zoes-cafe-osaka-ramen.md': markdown([`name: "${name}"`, 'type: business', 'area: Ōsaka Street', ...MEMBER_OF_CO_OP], 'Ramen, crêpes — and “tea”.') });
    expect(ok.diagnostics).toEqual([]);
    const zoe = ok.commons?.elements.find((e) => e.id === 'zoes-cafe-osaka-ramen');
    expect(zoe?.name).toBe(name);
    expect(zoe?.area).toBe('Ōsaka Street');
    expect(zoe?.body).toBe('Ramen, crêpes — and “tea”.\n');

    const text = markdown([`name: ${name}`, 'type: business', "tags: [Zoë's Café, Ōsaka, 7]", ...MEMBER_OF_CO_OP]);
    expect(columnOf(text, 4, '7')).toBe(27);
    expect(await report({ [NEW]: text })).toEqual([`${AT}:4:27 error wrong-kind: item 3 of "tags" should be text, not the number 7`]);
  });

  it('a file name with accents is not a valid slug', async () => {
    expect(await report({ 'elements/café-rosa.md': markdown(['name: Café Rosa', 'type: business', ...MEMBER_OF_CO_OP]) })).toEqual([
      'content/elements/café-rosa.md:1:1 error invalid-slug: file name "café-rosa.md" is not a valid slug: use lowercase letters a-z, digits and single hyphens, e.g. "corner-cafe.md"',
    ]);
  });

  it('a file that is not UTF-8 is refused as binary, not misread', async () => {
    const latin1 = new TextEncoder().encode(markdown(['name: Caf?', 'type: business'])).map((b) => (b === 0x3f ? 0xe9 : b));
    expect(await report({ [NEW]: latin1 })).toEqual([`${AT}:1:1 error binary-file: this file is not UTF-8 text; save it as UTF-8`]);
  });
});

describe('hostile and broken files', () => {
  it('a YAML alias bomb is refused at its first anchor, never expanded', async () => {
    expect(await report({ [NEW]: aliasBomb() })).toEqual([
      `${AT}:4:4 error yaml-syntax: malformed YAML: "&" at the start of a value makes it a YAML anchor (a name given to a value), which is not allowed here; if it is text, put it in double quotes`,
    ]);
  });

  it('a 10 MB file ends quickly in file-too-large, without being parsed', async () => {
    const started = performance.now();
    const lines = await report({ [NEW]: markdown(['name: Huge', 'type: group', `summary: ${'y'.repeat(10_000_000)}`]) });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(lines).toEqual([`${AT}:1:1 error file-too-large: file is 10.0 MB; content files must be under 1 MB`]);
  });

  it('site.yml that is too large or binary is reported, and the rest is still checked', async () => {
    expect(await report({ 'site.yml': `title: ${'T'.repeat(1_200_000)}\n`, [NEW]: markdown(['name: New Group', 'type: gruop', ...MEMBER_OF_CO_OP]) })).toEqual([
      `${AT}:3:7 error unknown-type: unknown element type "gruop"; did you mean "group"?`,
      'content/site.yml:1:1 error file-too-large: file is 1.2 MB; content files must be under 1 MB',
    ]);
    expect(await report({ 'site.yml': new Uint8Array([0x74, 0x00, 0x69]) })).toEqual([
      'content/site.yml:1:1 error binary-file: this is a binary file, not Markdown text; content files must be UTF-8 text',
    ]);
  });

  it('a binary file with NUL bytes ends in binary-file', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(await report({ [NEW]: png })).toEqual([`${AT}:1:1 error binary-file: this is a binary file, not Markdown text; content files must be UTF-8 text`]);
  });

  it('an empty file has no front matter', async () => {
    expect(await report({ [NEW]: '' })).toEqual([
      `${AT}:1:1 error missing-front-matter: no front matter: the file must start with a line "---", then the keys such as "name:" and "type:", then another "---"`,
    ]);
  });

  it('a file of plain Markdown has no front matter', async () => {
    expect(await report({ [NEW]: '# New Group\n\nWe walk on Sundays.\n' })).toEqual([
      `${AT}:1:1 error missing-front-matter: no front matter: the file must start with a line "---", then the keys such as "name:" and "type:", then another "---"`,
    ]);
  });

  it('front matter that is never closed is reported as such', async () => {
    expect(await report({ [NEW]: '---\nname: New Group\ntype: group\n\nWe walk on Sundays.\n' })).toEqual([
      `${AT}:1:1 error missing-front-matter: the front matter is not closed: add a line "---" after the last key, before the description`,
    ]);
  });

  it('empty front matter is reported as such', async () => {
    expect(await report({ [NEW]: '---\n---\nWe walk on Sundays.\n' })).toEqual([
      `${AT}:1:1 error missing-front-matter: the front matter is empty: add at least "name:" and "type:" between the two "---" lines`,
    ]);
  });

  it('front matter that is a list instead of keys is the wrong kind', async () => {
    expect(await report({ [NEW]: '---\n- name: New Group\n- type: group\n---\n' })).toEqual([
      `${AT}:2:1 error wrong-kind: the front matter should be "key: value" lines`,
    ]);
  });

  it('a tab used for indentation is reported on its line', async () => {
    expect(await report({ [NEW]: markdown(['name: New Group', 'type: group', 'care:', '\tinformal: [companionship]', ...MEMBER_OF_CO_OP]) })).toEqual([
      `${AT}:5:1 error yaml-syntax: malformed YAML: line 5 is indented with a tab, and YAML allows only spaces: use 2 spaces, to go inside "care:" above`,
    ]);
  });

  it('keys at the wrong indentation are reported on their line', async () => {
    expect(await report({ [NEW]: markdown(['name: New Group', 'type: group', 'care:', '  formal: [care-coordination]', ' informal: [companionship]', ...MEMBER_OF_CO_OP]) })).toEqual([
      `${AT}:6:1 error yaml-syntax: malformed YAML: line 6 is indented 1 space; line it up with "formal:" above, 2 spaces`,
    ]);
  });

  it('a connection key at the wrong indentation is reported on its line', async () => {
    expect(await report({ [NEW]: markdown(['name: New Group', 'type: group', 'connections:', '  - to: mill-lane-care-co-op', '   type: commons-membership']) })).toEqual([
      `${AT}:6:1 error yaml-syntax: malformed YAML: line 6 is indented 3 spaces; line it up with "to:" above, 4 spaces`,
    ]);
  });

  it('a duplicate key is reported at its second appearance, naming the key', async () => {
    expect(await report({ [NEW]: markdown(['name: New Group', 'type: group', ...MEMBER_OF_CO_OP, '    to: ada-brown']) })).toEqual([
      `${AT}:7:5 error yaml-syntax: malformed YAML: the key "to" appears twice; each key may appear once`,
    ]);
  });

  it('malformed site.yml is reported at its line, and the elements are still checked', async () => {
    expect(await report({ 'site.yml': 'title: Mill Lane\ndescription: A commons\ntitle: Mill Lane Care\n', [NEW]: markdown(['name: New Group', 'type: group']) })).toEqual([
      `${AT}:2:1 warning isolated-element: "new-group" has no connections, so it floats alone on the map; add a membership of the convening partner or a support connection`,
      'content/site.yml:3:1 error yaml-syntax: malformed YAML: the key "title" appears twice; each key may appear once',
    ]);
  });

  it('an empty site.yml misses its title', async () => {
    expect(await report({ 'site.yml': '' })).toEqual(['content/site.yml:1:1 error missing-key: missing required key "title"']);
  });

  it('hidden files are skipped silently; other files are not read, with a warning and a rename hint', async () => {
    const result = await checkContent({
      'elements/.DS_Store': new Uint8Array([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]),
      'elements/.new-group.md': markdown(['name: Hidden Draft', 'type: gruop']),
      'maps/.draft.md.swp': new Uint8Array([0, 1, 2]),
      'elements/notes.txt': 'not an element',
      'elements/new-group.markdown': markdown(['name: New Group', 'type: gruop']),
      'elements/walks.MD': markdown(['name: Walks', 'type: gruop']),
      'maps/walks.md.txt': '---\ntitle: Walks\n---\n',
      'elements/photo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00]),
    });
    const ignored = (file: string, folder: string, hint: string) => `content/${folder}/${file}:1:1 warning ignored-file: only .md files are read in ${folder}/, so this file is ignored${hint}`;
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual([
      ignored('new-group.markdown', 'elements', '; rename it to "new-group.md"'),
      ignored('notes.txt', 'elements', '; rename it to "notes.md"'),
      ignored('photo.png', 'elements', ''),
      ignored('walks.MD', 'elements', '; rename it to "walks.md"'),
      ignored('walks.md.txt', 'maps', '; rename it to "walks.md"'),
    ]);
    // Nothing in them was read: only warnings, and the same elements and maps as before.
    expect(result.commons?.elements).toHaveLength(4);
    expect(result.commons?.maps.map((m) => m.id)).toEqual(['service', 'prototype']);
  });

  it('a YAML tag such as !!js/function is refused, never run', async () => {
    const result = await checkContent({ [NEW]: markdown(['name: !!js/function "function () { return 1 }"', 'type: group', ...MEMBER_OF_CO_OP]) });
    expect(result.diagnostics.map((d) => `${where(d)}: ${d.message}`)).toEqual([
      `${AT}:2:7 error yaml-syntax: malformed YAML: "!" at the start of a value makes it a YAML tag (a type given to a value), which is not allowed here; if it is text, put it in double quotes`,
    ]);
    expect(result.commons).toBeUndefined();
  });

  it('never throws: every broken input ends in diagnostics', async () => {
    const inputs: Changes[] = [
      { [NEW]: aliasBomb() },
      { [NEW]: new Uint8Array([0, 0, 0]) },
      { [NEW]: '---' },
      { [NEW]: '---\n' },
      { [NEW]: '---\n---' },
      { [NEW]: '---\n: :\n---\n' },
      { [NEW]: '---\n!!binary aGVsbG8=\n---\n' },
      { [NEW]: '---\nname: &x\n  - *x\ntype: group\n---\n' },
      { [NEW]: '---\n[unclosed\n---\n' },
      { [NEW]: '---\nname: New Group\ntype: group\nconnections: [1, null, [], "x"]\n---\n' },
      { [NEW]: '---\nname: New Group\ntype: group\nconnections:\n  - to: [a]\n    type: {x: 1}\n    care: 3\n---\n' },
      { [NEW]: '---\nname: 12\ntype: true\ncare: {formal: {a: 1}, informal: null}\nmaps: {}\n---\n' },
      { [NEW]: '---\n__proto__: {polluted: true}\nconstructor: x\nname: New Group\ntype: group\n---\n' },
      { 'site.yml': '- just\n- a list\n' },
      { 'site.yml': 'title: T\ncare_types: [formal]\n' },
      { 'site.yml': 'title: T\ncare_types:\n  formal: null\n  informal: {meals: 3}\n' },
      { 'maps/service.md': '---\ndefault: "yes"\norder: first\n---\n' },
      { 'maps/service.md': null, 'maps/prototype.md': null },
    ];
    for (const changes of inputs) {
      const result = await checkContent(changes);
      expect(result.diagnostics.some((d) => d.severity === 'error'), JSON.stringify(changes)).toBe(true);
      expect(result.commons).toBeUndefined();
      for (const d of result.diagnostics) {
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.column).toBeGreaterThanOrEqual(1);
        expect(d.message.length).toBeGreaterThan(0);
      }
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
