import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { FieldPath } from '../../src/core/source.ts';
import { splitFrontMatter } from '../../src/load/front-matter.ts';
import { locateQuickly, parseYamlQuickly } from '../../src/load/quick-yaml.ts';
import { parseYaml } from '../../src/load/yaml-source.ts';
import { FIXTURES, PROJECT_ROOT, filesUnder } from '../helpers/content.ts';

/**
 * The fast path (js-yaml, src/load/quick-yaml.ts) must give exactly what the
 * `yaml` path gives, data and positions, whenever it accepts a text; when it
 * is unsure it declines and the `yaml` path runs as before.
 */

/** The YAML of every content file the project has: front matter of Markdown files, and site.yml. */
const REAL = [...filesUnder(FIXTURES, /\.(md|yml)$/), ...filesUnder(path.join(PROJECT_ROOT, 'content'), /\.(md|yml)$/)].map((file) => {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  return { file: path.relative(PROJECT_ROOT, file), yaml: file.endsWith('.md') ? splitFrontMatter(text).matter : text };
});

/** Same data, keys in the same order, -0 and NaN told apart as they are. */
function sameData(a: unknown, b: unknown): boolean {
  if (!isDeepStrictEqual(a, b)) return false;
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return true;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keysA = Reflect.ownKeys(a);
  const keysB = Reflect.ownKeys(b);
  return keysA.length === keysB.length && keysA.every((key, i) => key === keysB[i] && sameData(Reflect.get(a, key), Reflect.get(b, key)));
}

/** Every path into the data, and paths just beside it (a missing key, an index past the end, a step into a scalar). */
function pathsInto(data: unknown, prefix: (string | number)[] = [], out: FieldPath[] = []): FieldPath[] {
  out.push(prefix);
  if (Array.isArray(data)) {
    data.forEach((item, i) => pathsInto(item, [...prefix, i], out));
    out.push([...prefix, data.length], [...prefix, 'name']);
  } else if (data !== null && typeof data === 'object') {
    for (const key of Object.keys(data)) pathsInto((data as Record<string, unknown>)[key], [...prefix, key], out);
    out.push([...prefix, 'no-such-key'], [...prefix, 0]);
  } else {
    out.push([...prefix, 'deeper']);
  }
  return out;
}

type Verdict = 'declined' | 'same' | string;

/** Compares the two paths on one text: 'declined', 'same', or what differs. */
function compare(text: string): Verdict {
  const quick = parseYamlQuickly(text);
  if (!quick) return 'declined';
  const slow = parseYaml('f.md', text, 1);
  if (!slow.ok) return `yaml refuses what the fast path accepts: ${slow.diagnostics[0]!.message}`;
  if (!sameData(quick.data, slow.data)) return `data differs: ${JSON.stringify(quick.data)} vs ${JSON.stringify(slow.data)}`;
  for (const firstLine of [1, 4]) {
    const locate = locateQuickly(text, firstLine);
    if (!locate) continue; // the `yaml` parse gives positions then
    const reference = firstLine === 1 ? slow : parseYaml('f.md', text, firstLine);
    if (!reference.ok) return 'unreachable';
    for (const at of pathsInto(quick.data)) {
      for (const part of ['key', 'value'] as const) {
        const mine = locate(at, part);
        const theirs = reference.locate(at, part);
        if (mine.line !== theirs.line || mine.column !== theirs.column) {
          return `${JSON.stringify(at)} ${part} at ${mine.line}:${mine.column}, yaml says ${theirs.line}:${theirs.column}`;
        }
      }
    }
  }
  return 'same';
}

/** A small seeded random source (mulberry32), so a failure can be replayed. */
function seeded(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

describe('the fast YAML path', () => {
  it('gives the same data and positions on every front matter and site.yml of the fixtures and the example content', () => {
    expect(REAL.length).toBeGreaterThan(40);
    const verdicts = REAL.map(({ file, yaml }) => [file, compare(yaml)]);
    expect(verdicts.filter(([, verdict]) => verdict !== 'same' && verdict !== 'declined')).toEqual([]);
    // Ordinary content takes the fast path.
    expect(verdicts.filter(([, verdict]) => verdict === 'same').length).toBeGreaterThan(0.9 * REAL.length);
  });

  it('gives the same data as the yaml path on tricky YAML, or declines it', () => {
    const tricky = [
      // Numbers, YAML 1.2 core schema: no octal 017, no 1_000, no sexagesimal 1:30.
      'n: [1e3, 0x10, 0o17, 017, +1, -0, .5, -.5, 5., 1_000, 1:30, .inf, -.Inf, +.INF, .NaN, .nan, NaN, 0X10, 1e, 12e03]',
      // Booleans and nulls: yes/no/on/off stay text.
      'b: [yes, No, on, OFF, y, n, true, True, TRUE, tRue, false, FALSE]\nz: [null, Null, NULL, nUll, ~, ""]\nempty:',
      // Dates and times stay text (no timestamps).
      'reviewed: 2026-02-18\nsince: 2026-02-18T10:00:00Z\nat: 2026-02-18 10:00:00',
      // Strings: quotes, escapes, folding, block scalars.
      'a: "double \\" \\u00e9 \\x41 \\N \\_ \\t \\/ \\L \\P \\e \\0 \\U0001F600"\nb: \'it\'\'s\'\nc: plain # comment\nd: a#b',
      'long: this is\n  a folded\n\n  plain scalar\nq: "quoted\n  over lines"\ns: \'single\n  too\'',
      'lit: |\n  line one\n    indented\n\n  # not a comment\nfold: >-\n  one\n  two\n\n  three\nkeep: |-\n  x',
      'top: |\n  a\n\n',
      // Keys that are numbers, booleans, quoted, or look like Object's own properties.
      '1: one\n1.5: x\ntrue: t\n"2": two\n__proto__: p\nconstructor: c\ntoString: s\n"a b": c',
      // Lists and maps in both styles.
      'tags: [a, "b, c", \'d\']\ncare: {formal: [meals], informal: []}\nconnections:\n  - to: x\n    type: t\n  -   to: y\n      type: u\nlist:\n- a\n- b',
      'empty: []\nalso: {}\nnested: [[a], [b, [c]]]\nmap: {a: {b: c}}',
      // Unicode.
      'name: "Zoë\'s Café – Ōsaka"\narea: Ōsaka Street\nemoji: 😀 here\nnbsp: a\u00a0b',
      // What the fast path declines, and the `yaml` path handles (or refuses) as before.
      'a: &x [1, 2]\nb: *x',
      'base: &b {a: 1}\nmerged:\n  <<: *b\n  c: 2',
      'a: !!str 1\nb: !custom x',
      'a: 1\na: 2',
      'care:\n\tformal: [meals]',
      'a: "tab\tinside"',
      '? complex\n: key',
      '[a, b]: c',
      'a:\n  - \n  - b',
      'a: |2\n   x',
      'a: |+\n  x\n\n',
      '%YAML 1.2\n---\na: 1',
      'a: "x"#y',
      '~: null key\n"": empty key',
      `long: ${'x'.repeat(1200)}`,
      'flow: [a,\n  b]',
      'a: [b, c\n',
      'a: b: c',
      '- just\n- a list',
      'just a string',
      '',
      '# only a comment',
    ];
    const verdicts = tricky.map((text) => [text, compare(text)]);
    expect(verdicts.filter(([, verdict]) => verdict !== 'same' && verdict !== 'declined')).toEqual([]);
    // The fast path is really used for ordinary YAML, and really declines what it should.
    const verdictOf = (start: string) => verdicts.find(([text]) => text!.startsWith(start))![1];
    for (const start of ['n: [1e3', 'b: [yes', 'reviewed:', 'a: "double', 'long: this', 'lit:', '1: one', 'tags:', 'name: "Zo']) expect(verdictOf(start)).toBe('same');
    for (const start of ['a: &x', 'base: &b', 'a: !!str', 'a: 1\na: 2', 'care:\n\t', '? complex', '[a, b]', '~: null', '%YAML', 'a: |2', 'a: |+']) expect(verdictOf(start)).toBe('declined');
  });

  it('agrees with the yaml path on thousands of mutated front matters (seeded fuzzer)', () => {
    const random = seeded(20260115);
    const bits = [' ', '  ', '\n', ':', ': ', '-', '- ', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '|', '>', '?', '&', '*', '!', '%', '@', '`', '~', 'null', 'true', '1', '0x1', '.5', '1e3', '\\', '\\"', "''", '\u00a0', 'é', '\n  ', '\n- ', '\n  - ', 'key: ', '\n    x: '];
    const mutate = (text: string) => {
      let out = text;
      for (let n = 1 + Math.floor(random.next() * 3); n > 0; n--) {
        const i = Math.floor(random.next() * (out.length + 1));
        const lines = out.split('\n');
        const line = Math.floor(random.next() * lines.length);
        const r = random.next();
        if (r < 0.4) out = out.slice(0, i) + random.pick(bits) + out.slice(i);
        else if (r < 0.7) out = out.slice(0, i) + out.slice(i + 1 + Math.floor(random.next() * 3));
        else if (r < 0.85) out = [...lines.slice(0, line), random.pick(lines), ...lines.slice(line)].join('\n');
        else out = lines.map((l, k) => (k !== line ? l : random.next() < 0.5 ? ` ${l}` : l.replace(/^ /, ''))).join('\n');
      }
      return out;
    };
    const problems: string[] = [];
    let same = 0;
    for (let round = 0; round < 3000; round++) {
      const text = mutate(random.pick(REAL).yaml);
      const verdict = compare(text);
      if (verdict === 'same') same++;
      else if (verdict !== 'declined') problems.push(`${JSON.stringify(text)}: ${verdict}`);
    }
    expect(problems).toEqual([]);
    // Most mutations still parse, and the fast path takes most of those.
    expect(same).toBeGreaterThan(1000);
  });
});
