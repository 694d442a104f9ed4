import jsYaml from 'js-yaml';
import { RULES, type Diagnostic } from '../core/diagnostic.ts';
import type { FieldPath, Position, SourceDocument } from '../core/source.ts';
import { lineStarts, positionOf } from './line-starts.ts';
import { explainRefused, explainYamlError, type Refused } from './yaml-errors.ts';
import { CORE_SCHEMA } from './yaml-schema.ts';

export type ParsedYaml = { ok: true; data: unknown; locate: SourceDocument['locate'] } | { ok: false; diagnostics: Diagnostic[] };

/** A node as js-yaml reads it: where it opens, what it is, and the nodes inside (keys and values alternate). */
interface YamlNode {
  open: number;
  kind: string | null;
  result: unknown;
  children: YamlNode[];
}

/** The nodes of a text as js-yaml reads it, and what in them is refused. */
interface ReadNodes {
  root: YamlNode | undefined;
  refused?: Refused;
  /** Where the node starts that the parser was reading when it gave up. */
  reading?: number;
}

/** Only a text with one of these characters can hold an anchor, alias, tag or merge key. */
const MAY_BE_REFUSED = /[&*!]|<</;

/**
 * Parses YAML with js-yaml. The text's lines are the file's lines: front
 * matter is passed from the end of its first "---". Anchors, aliases, tags
 * and merge keys are refused: front matter has no use for them, and without
 * aliases no "billion laughs" can expand. Where nodes start comes from a
 * second parse that follows js-yaml's events, only when it is needed: for a
 * diagnostic's position, or to look for what is refused.
 */
export function parseYaml(file: string, text: string): ParsedYaml {
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof jsYaml.YAMLException)) throw error;
    return failure(file, explainYamlError(text, error, readNodes(text).reading));
  }
  let nodes: ReadNodes | undefined;
  if (MAY_BE_REFUSED.test(text)) {
    nodes = readNodes(text);
    if (nodes.refused) return failure(file, explainRefused(text, nodes.refused, lineStarts(text)));
  }
  return { ok: true, data: data ?? null, locate: locator(text, nodes) };
}

/**
 * `locate` for YAML that is known to parse, such as the import's own files:
 * where its nodes start is read on the first call, with no parse before.
 */
export function yamlLocator(text: string): SourceDocument['locate'] {
  return locator(text, undefined);
}

/** `locate` over the nodes of `text`, read (again) only when first asked if not given. */
function locator(text: string, read: ReadNodes | undefined): SourceDocument['locate'] {
  let nodes = read;
  let lines: number[] | undefined;
  const at = (offset: number) => positionOf((lines ??= lineStarts(text)), offset);
  const start: Position = { line: 1, column: 1 };
  return (path, part = 'key') => locateIn(text, (nodes ??= readNodes(text)).root, path, part, at, start);
}

/** Reads the nodes from js-yaml's parse events: where each opens, its kind and value, the nodes inside. */
function readNodes(text: string): ReadNodes {
  const top: YamlNode = { open: 0, kind: null, result: null, children: [] };
  const stack = [top];
  const nodes: ReadNodes = { root: undefined };
  const refuse = (kind: Refused['kind'], offset: number) => {
    if (!nodes.refused || offset < nodes.refused.offset) nodes.refused = { kind, offset };
  };
  try {
    jsYaml.load(text, {
      schema: CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') {
          const node: YamlNode = { open: state.position, kind: null, result: null, children: [] };
          stack[stack.length - 1]!.children.push(node);
          stack.push(node);
          return;
        }
        const node = stack.pop()!;
        node.kind = state.kind;
        node.result = state.result;
        const start = contentStart(text, node);
        const c = text.charCodeAt(start);
        if (c === 0x26 /* & */) refuse('anchor', start);
        else if (c === 0x2a /* * */) refuse('alias', start);
        else if (c === 0x21 /* ! */) refuse('tag', start);
        // A collection read first as a possible key, then kept as the node itself: one node, not two.
        const only = node.children.length === 1 ? node.children[0]! : undefined;
        if (only && only.result === node.result && typeof node.result === 'object' && node.result !== null) {
          node.open = only.open;
          node.children = only.children;
        }
        if (node.kind === 'mapping') {
          for (let k = 0; k < node.children.length; k += 2) {
            const key = contentStart(text, node.children[k]!);
            if (node.children[k]!.result === '<<' && text.startsWith('<<', key)) refuse('merge', key);
          }
        }
      },
    });
  } catch {
    // The innermost node still open is the one the parser was reading.
    if (stack.length > 1) nodes.reading = contentStart(text, { open: stack[stack.length - 1]!.open, kind: 'reading' });
  }
  nodes.root = top.children[0];
  return nodes;
}

function failure(file: string, problem: { position: Position; message: string }): ParsedYaml {
  return { ok: false, diagnostics: [{ file, ...problem.position, severity: RULES['yaml-syntax'], rule: 'yaml-syntax', message: `malformed YAML: ${problem.message}` }] };
}

/**
 * Where a node's content starts: after the spaces that follow "key:" or "- ",
 * and, for a node with content, after line breaks, indentation and comments.
 * An empty node is placed just after "key:" and its spaces.
 */
function contentStart(text: string, node: Pick<YamlNode, 'open' | 'kind'>): number {
  let i = node.open;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
  if (node.kind === null) return i;
  for (let c = text.charCodeAt(i); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x23; c = text.charCodeAt(i)) {
    i = c === 0x23 ? text.indexOf('\n', i) + 1 || text.length : i + 1;
  }
  return i;
}

/**
 * The position of the key (or value) at a path: a key at its first character,
 * a value at its first character; the nearest enclosing node that exists when
 * the path goes further than the text.
 */
function locateIn(text: string, root: YamlNode | undefined, path: FieldPath, part: 'key' | 'value', at: (offset: number) => Position, start: Position): Position {
  if (!root) return start;
  let node: YamlNode = root;
  let position = start;
  for (const [i, step] of path.entries()) {
    const last = i === path.length - 1;
    if (node.kind === 'mapping') {
      let pair = -1;
      for (let k = 0; k + 1 < node.children.length; k += 2) {
        if (String(node.children[k]!.result) === String(step)) {
          pair = k;
          break;
        }
      }
      if (pair === -1) return position;
      position = at(node.children[pair]!.open);
      const value = node.children[pair + 1]!;
      if (last && part === 'value') position = at(contentStart(text, value));
      node = value;
    } else if (node.kind === 'sequence' && typeof step === 'number') {
      const item = node.children[step];
      if (!item) return position;
      position = at(contentStart(text, item));
      node = item;
    } else {
      return position;
    }
  }
  return position;
}
