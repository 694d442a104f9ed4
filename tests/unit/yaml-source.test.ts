import { describe, expect, it } from 'vitest';
import type { FieldPath } from '../../src/core/source.ts';
import { parseYaml } from '../../src/load/yaml-source.ts';

/** The value of `v:` in a one-line YAML text, or the message it is refused with. */
function valueOf(scalar: string): unknown {
  const parsed = parseYaml('s.yml', `v: ${scalar}\n`);
  return parsed.ok ? (parsed.data as { v: unknown }).v : `refused: ${parsed.diagnostics[0]!.message}`;
}

/** Text that stays the same text. */
const asText = (...texts: string[]) => texts.map((text): [string, unknown] => [text, text]);

describe('plain values, read as content has always been read (YAML 1.2 core schema)', () => {
  it.each<[string, unknown]>([
    // Dates and times stay text: the schema checks "reviewed" and "since" as YYYY-MM-DD text.
    ['2026-01-05', '2026-01-05'],
    ['2026-02-18T10:00:00Z', '2026-02-18T10:00:00Z'],
    ['2026-02-18 10:00:00', '2026-02-18 10:00:00'],
    // Only true and false are booleans; yes, no, on, off stay text.
    ...asText('yes', 'no', 'Yes', 'NO', 'on', 'off', 'y', 'n', 'tRue'),
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
    // Null, and the empty value.
    ['null', null],
    ['Null', null],
    ['NULL', null],
    ['~', null],
    ['', null],
    ['nUll', 'nUll'],
    ['""', ''],
    // Whole numbers: no YAML 1.1 octal (017 is 17), no underscores, no sexagesimal, no binary.
    ['1', 1],
    ['+1', 1],
    ['017', 17],
    ['0o17', 15],
    ['0x10', 16],
    ...asText('0X10', '0b101', '1_000', '1:30', '12:30:00', '1,000', '0x', '0o8', '07700 900123'),
    // Fractions, exponents, infinities and NaN as YAML 1.2 writes them.
    ['1e3', 1000],
    ['1e+3', 1000],
    ['12e03', 12000],
    ['.5', 0.5],
    ['-.5', -0.5],
    ['5.', 5],
    ['1.0', 1],
    ['3.14', 3.14],
    ['-1.5e-3', -0.0015],
    ['.inf', Infinity],
    ['-.Inf', -Infinity],
    ['+.INF', Infinity],
    ['.NaN', NaN],
    ['.nan', NaN],
    ...asText('1e', 'NaN', '0.1.2', '+', '.', '£5', '='),
    // Quoted values are always text.
    ["'123'", '123'],
    ['"true"', 'true'],
  ])('%s', (scalar, expected) => {
    expect(valueOf(scalar)).toStrictEqual(expected);
  });

  it('-0 stays negative zero', () => {
    expect(Object.is(valueOf('-0'), -0)).toBe(true);
  });

  it('keys keep their order, and __proto__ is an ordinary key', () => {
    const parsed = parseYaml('f.md', '__proto__: {polluted: true}\nb: 1\na: 2\n');
    expect(parsed.ok && Object.keys(parsed.data as object)).toEqual(['__proto__', 'b', 'a']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('positions', () => {
  const text = [
    '',
    'name:   Corner Café',
    'type:',
    'tags: [food,  "a, b", 7]',
    'care:',
    '  # a comment',
    '  informal:',
    '    - meals',
    '    -   shopping',
    'summary: >-',
    '  folded',
    'connections:',
    '- to: ada',
    '  type: x',
    '-   to: ben',
    '    care: {informal: [meals]}',
    'area: "quoted',
    '  over lines"',
    'note:',
    '  on the next line',
  ].join('\n');
  const parsed = parseYaml('f.md', text);

  it.each([
    [['name'], 'key', '2:1'],
    [['name'], 'value', '2:9'],
    // An empty value: just after "key:" and its spaces.
    [['type'], 'value', '3:6'],
    [['tags', 1], 'value', '4:15'],
    [['tags', 2], 'value', '4:23'],
    // A value on the next lines: past the comment and the indentation.
    [['care', 'informal'], 'value', '8:5'],
    [['care', 'informal', 1], 'value', '9:9'],
    [['summary'], 'value', '10:10'],
    [['connections', 1], 'key', '15:5'],
    [['connections', 1, 'to'], 'value', '15:9'],
    [['connections', 1, 'care', 'informal', 0], 'value', '16:23'],
    [['area'], 'value', '17:7'],
    [['note'], 'value', '20:3'],
    // Past what the text has: the nearest enclosing node that exists.
    [['connections', 0, 'nothing'], 'value', '13:3'],
    [['name', 'deeper'], 'key', '2:1'],
    [['missing'], 'key', '1:1'],
  ] as [FieldPath, 'key' | 'value', string][])('%j %s at %s', (path, part, expected) => {
    if (!parsed.ok) throw new Error(parsed.diagnostics[0]!.message);
    const { line, column } = parsed.locate(path, part);
    expect(`${line}:${column}`).toBe(expected);
  });
});

describe('anchors, aliases, tags and merge keys are refused, at their place', () => {
  const refused = (text: string) => {
    const parsed = parseYaml('f.md', text);
    return parsed.ok ? 'accepted' : parsed.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
  };

  it('an alias, as when a value starts with Markdown emphasis', () => {
    expect(refused('name: Corner Café\nsummary: *Special* offer\n')).toEqual([
      '2:10 malformed YAML: "*" at the start of a value makes it a YAML alias (a copy of a value named elsewhere), which is not allowed here; if it is text, put it in double quotes: "*Special* offer"',
    ]);
  });

  it('an anchor, and the alias that would copy it', () => {
    expect(refused('a: &base [1, 2]\nb: *base\n')).toEqual([
      '1:4 malformed YAML: "&" at the start of a value makes it a YAML anchor (a name given to a value), which is not allowed here; if it is text, put it in double quotes',
    ]);
    expect(refused('name: &Co\n')).toEqual([
      '1:7 malformed YAML: "&" at the start of a value makes it a YAML anchor (a name given to a value), which is not allowed here; if it is text, put it in double quotes: "&Co"',
    ]);
  });

  it('a tag, known to YAML or not', () => {
    expect(refused('name: !!str 12\n')).toEqual([
      '1:7 malformed YAML: "!" at the start of a value makes it a YAML tag (a type given to a value), which is not allowed here; if it is text, put it in double quotes: "!!str 12"',
    ]);
    expect(refused('tags: [a, !Important]\n')).toEqual([
      '1:11 malformed YAML: "!" at the start of a value makes it a YAML tag (a type given to a value), which is not allowed here; if it is text, put it in double quotes',
    ]);
  });

  it('a merge key', () => {
    expect(refused('care:\n  <<: {formal: [meals]}\n')).toEqual(['2:3 malformed YAML: "<<" is a YAML merge key, which is not allowed here; write the keys out in full']);
  });

  it('the same characters inside text are text', () => {
    const parsed = parseYaml('f.md', 'name: Tea & Co!\nsummary: "*Special* offer"\nnote: 5 * 3 <<\n"<<": quoted key\n');
    expect(parsed.ok && parsed.data).toEqual({ name: 'Tea & Co!', summary: '*Special* offer', note: '5 * 3 <<', '<<': 'quoted key' });
  });
});
