import jsYaml from 'js-yaml';
import type { FieldPath, Position, SourceDocument } from '../core/source.ts';

/**
 * The fast path for front matter. The `yaml` package keeps source positions
 * but is about ten times slower than js-yaml, and positions are only needed
 * when a diagnostic is reported. So js-yaml parses first, with the same
 * schema as `yaml` (YAML 1.2 core), and gives up on anything where the two
 * could disagree: the `yaml` path then parses as before, with its messages.
 * tests/unit/quick-yaml.test.ts compares the two on fixtures and a fuzzer.
 */

/**
 * Plain scalars, resolved exactly as the `yaml` package's core schema does
 * (yaml/dist/schema/core): each rule is a test and a value, tried in order.
 * js-yaml keeps one type per tag, so the rules of a tag share one type.
 */
type Rule = readonly [test: RegExp, value: (text: string) => unknown];

const scalar = (tag: string, rules: readonly Rule[]) => {
  // One test for all the rules: it runs on every plain scalar, and most are text.
  const any = new RegExp(rules.map(([test]) => `(?:${test.source})`).join('|'));
  return new jsYaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (text: unknown) => typeof text === 'string' && any.test(text),
    construct: (text: string) => rules.find(([test]) => test.test(text))![1](text),
  });
};

const CORE_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]),
    scalar('bool', [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T']]),
    scalar('int', [
      [/^0o[0-7]+$/, (text) => parseInt(text.substring(2), 8)],
      [/^[-+]?[0-9]+$/, (text) => parseInt(text, 10)],
      [/^0x[0-9a-fA-F]+$/, (text) => parseInt(text.substring(2), 16)],
    ]),
    scalar('float', [
      [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (text) => (text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? -Infinity : Infinity)],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (text) => parseFloat(text)],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (text) => parseFloat(text)],
    ]),
  ],
});

/** Token starts: where a node, a key or an indicator can begin. */
const AT_TOKEN = String.raw`(?:^|[\s[\]{},])`;

/**
 * Text the fast path leaves to `yaml`: where js-yaml and `yaml` differ, or
 * might. Some of it is valid YAML that only looks unusual (a tab, "Tea &co");
 * it is parsed correctly, only more slowly. Several small patterns rather
 * than one: each is found with a quick scan for its first character.
 */
const UNSURE: readonly RegExp[] = [
  // Tabs (`yaml` refuses them as indentation), CR, control characters, BOMs, odd line breaks.
  /[\t\r\x00-\x08\x0B-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]/,
  // Tags, anchors and aliases (the alias limit lives on the `yaml` path), and complex keys.
  new RegExp(`${AT_TOKEN}(?:!|[&*][^\\s[\\]{},]|\\?(?:[\\s[\\]{},]|$))`, 'm'),
  // Collections as keys (`yaml` warns that it turns them into strings).
  /[\]}] *:(?:[\s[\]{},]|$)/,
  // Block scalars with an explicit indentation ("|2"), which the two count differently at the top
  // level, or kept final line breaks ("|+"), which they count differently at the end.
  /[|>](?:[-+]?[0-9]|[0-9]?\+)/,
  // An empty list item: js-yaml may take the next, less indented item into the same list.
  new RegExp(`${AT_TOKEN}- *(?:#.*)?$`, 'm'),
  // A comment straight after a quote or bracket, which `yaml` refuses.
  /["'\]}]#/,
  // Merge keys, directives, document markers.
  /<<|^(?:%|---|\.\.\.)/m,
];

/** A key that is empty or null: `yaml` makes it "", js-yaml "null". */
function hasNullKey(text: string): boolean {
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    const after = text.charCodeAt(colon + 1);
    if (!(Number.isNaN(after) || isSpaceOrFlow(after))) continue;
    let i = colon;
    while (i > 0 && text.charCodeAt(i - 1) === 0x20) i--;
    for (const word of ['~', 'null', 'Null', 'NULL']) {
      if (text.startsWith(word, i - word.length)) {
        i -= word.length;
        break;
      }
    }
    if (i === 0 || isSpaceOrFlow(text.charCodeAt(i - 1))) return true;
  }
  return false;
}

function isSpaceOrFlow(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
}

/** A line of 1000 characters or more (`yaml` limits implicit keys to 1024). */
function hasLongLine(text: string): boolean {
  if (text.length < 1000) return false;
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start);
    if ((end === -1 ? text.length : end) - start >= 1000) return true;
    if (end === -1) break;
    start = end + 1;
  }
  return false;
}

/**
 * Parses YAML text without positions, or returns undefined when it cannot be
 * sure to give what the `yaml` path gives (then use that path).
 */
export function parseYamlQuickly(text: string): { data: unknown } | undefined {
  if (UNSURE.some((pattern) => pattern.test(text)) || hasNullKey(text) || hasLongLine(text) || !simpleFlowCollections(text)) return undefined;
  let warned = false;
  try {
    const data = jsYaml.load(text, { schema: CORE_SCHEMA, onWarning: () => (warned = true) });
    return warned ? undefined : { data: data === undefined ? null : data };
  } catch {
    return undefined;
  }
}

/** A node as js-yaml reads it: where it opens, what it is, and the nodes inside (keys and values alternate). */
interface ReadNode {
  open: number;
  kind: string | null;
  result: unknown;
  children: ReadNode[];
}

/**
 * `locate` for text that parseYamlQuickly accepted, from js-yaml's parse
 * events, with the positions the `yaml` path gives (src/load/yaml-source.ts;
 * tests/unit/quick-yaml.test.ts compares them): a key at its first character,
 * a value at its first character, an empty value just after "key:" and its
 * spaces. Undefined when the events do not match the data one to one.
 */
export function locateQuickly(text: string, firstLine = 1): SourceDocument['locate'] | undefined {
  const top: ReadNode = { open: 0, kind: null, result: null, children: [] };
  const stack = [top];
  try {
    jsYaml.load(text, {
      schema: CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') {
          const node: ReadNode = { open: state.position, kind: null, result: null, children: [] };
          stack[stack.length - 1]!.children.push(node);
          stack.push(node);
        } else {
          const node = stack.pop()!;
          node.kind = state.kind;
          node.result = state.result;
          // A collection read first as a possible key, then kept as the node itself: one node, not two.
          const only = node.children.length === 1 ? node.children[0]! : undefined;
          if (only && only.result === node.result && typeof node.result === 'object' && node.result !== null) {
            node.open = only.open;
            node.children = only.children;
          }
        }
      },
    });
  } catch {
    return undefined;
  }
  const root = top.children[0];
  if (top.children.length !== 1 || !root || !matchesData(root)) return undefined;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const at = (offset: number): Position => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + firstLine, column: offset - lineStarts[low]! + 1 };
  };
  const valueAt = (node: ReadNode): number => {
    let i = node.open;
    while (text.charCodeAt(i) === 0x20) i++;
    if (node.kind === null) return i;
    // Content on a later line: skip line breaks, indentation and comments.
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x23; c = text.charCodeAt(i)) {
      i = c === 0x23 ? text.indexOf('\n', i) + 1 || text.length : i + 1;
    }
    return i;
  };
  const start: Position = { line: Math.max(1, firstLine - 1), column: 1 };
  return (path, part = 'key') => locateIn(root, path, part, at, valueAt, start);
}

/** The same walk as the `yaml` path's locate, over js-yaml's nodes. */
function locateIn(root: ReadNode, path: FieldPath, part: 'key' | 'value', at: (offset: number) => Position, valueAt: (node: ReadNode) => number, start: Position): Position {
  let node = root;
  let position = start;
  for (const [i, step] of path.entries()) {
    const last = i === path.length - 1;
    if (node.kind === 'mapping') {
      let pair = -1;
      for (let k = 0; k < node.children.length; k += 2) {
        if (String(node.children[k]!.result) === String(step)) {
          pair = k;
          break;
        }
      }
      if (pair === -1) return position;
      position = at(node.children[pair]!.open);
      const value = node.children[pair + 1]!;
      if (last && part === 'value') position = at(valueAt(value));
      node = value;
    } else if (node.kind === 'sequence' && typeof step === 'number') {
      const item = node.children[step];
      if (!item) return position;
      position = at(valueAt(item));
      node = item;
    } else {
      return position;
    }
  }
  return position;
}

/** Every mapping has a key node and a value node per key, every sequence a node per item. */
function matchesData(node: ReadNode): boolean {
  if (node.kind === 'mapping') {
    const keys = node.result !== null && typeof node.result === 'object' ? Object.keys(node.result) : [];
    if (node.children.length !== 2 * keys.length) return false;
    for (let k = 0; k < node.children.length; k += 2) {
      if (node.children[k]!.kind !== 'scalar' || !Object.hasOwn(node.result as object, String(node.children[k]!.result))) return false;
    }
    return node.children.every(matchesData);
  }
  if (node.kind === 'sequence') {
    return Array.isArray(node.result) && node.children.length === node.result.length && node.children.every(matchesData);
  }
  return true;
}

/**
 * Flow collections (`[a, b]`, `{a: 1}`) the two parsers surely agree on: each
 * closes on the line it opens (they differ on how a continued one must be
 * indented), and no key in a `{…}` is itself a collection (`yaml` warns that
 * it turns those into strings). Brackets inside quotes count too: that only
 * sends a file to the slower path.
 */
function simpleFlowCollections(text: string): boolean {
  const opening = /[[{]/g;
  for (let found = opening.exec(text); found; found = opening.exec(text)) {
    const lineEnd = text.indexOf('\n', found.index);
    const end = lineEnd === -1 ? text.length : lineEnd;
    const open: number[] = [];
    let keyNext = false;
    for (let i = found.index; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x20) continue;
      if (c === 0x5b || c === 0x7b) {
        if (keyNext) return false;
        open.push(c);
      } else if ((c === 0x5d || c === 0x7d) && open.pop() === undefined) {
        return false;
      }
      keyNext = open[open.length - 1] === 0x7b && (c === 0x7b || c === 0x2c);
    }
    if (open.length > 0) return false;
    opening.lastIndex = end;
  }
  return true;
}
