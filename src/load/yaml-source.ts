import { createRequire } from 'node:module';
import type { Node } from 'yaml';
import { RULES, type Diagnostic, type RuleId } from '../core/diagnostic.ts';
import type { FieldPath, Position, SourceDocument } from '../core/source.ts';
import { locateQuickly } from './quick-yaml.ts';

/** Aliases allowed per document: enough for real content, far too few for a "billion laughs" bomb. */
const MAX_ALIAS_COUNT = 100;

export type ParsedYaml = { ok: true; data: unknown; locate: SourceDocument['locate'] } | { ok: false; diagnostics: Diagnostic[] };

/**
 * The `yaml` package, loaded on first use: most checks never need it (see
 * src/load/quick-yaml.ts), and loading it is a good part of a small check.
 */
let yamlPackage: typeof import('yaml') | undefined;
const loadYaml = () => (yamlPackage ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

/** The `yaml` package's parse, with a way from offsets to file positions. */
function parsePositioned(text: string, firstLine: number) {
  const { LineCounter, parseDocument } = loadYaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const start: Position = { line: Math.max(1, firstLine - 1), column: 1 };
  const locateIn: SourceDocument['locate'] = (path, part = 'key') => locate(doc.contents, path, part, at, start);
  return { doc, at, locate: locateIn };
}

/**
 * Parses YAML keeping source positions. `firstLine` is the file line the text
 * starts on, so positions are those of the file, not of the front matter.
 */
export function parseYaml(file: string, text: string, firstLine = 1): ParsedYaml {
  const { doc, at, locate: locateIn } = parsePositioned(text, firstLine);
  const fail = (rule: RuleId, position: Position, message: string): ParsedYaml => ({
    ok: false,
    diagnostics: [{ file, ...position, severity: RULES[rule], rule, message }],
  });
  const problems = [...doc.errors];
  if (problems.length > 0) {
    const diagnostics = problems.map((error) => ({
      file,
      ...at(error.pos[0]),
      severity: RULES['yaml-syntax'],
      rule: 'yaml-syntax' as const,
      message: `malformed YAML: ${yamlMessage(error.code, error.message, text.slice(error.pos[0], error.pos[0] + 200))}`,
    }));
    return { ok: false, diagnostics };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof Error && /alias/i.test(error.message)
      ? `malformed YAML: too many aliases (*name); more than ${MAX_ALIAS_COUNT} expansions look like an attack, not content`
      : `malformed YAML: ${error instanceof Error ? error.message : String(error)}`;
    return fail('yaml-syntax', { line: firstLine, column: 1 }, message);
  }
  return { ok: true, data, locate: locateIn };
}

/**
 * `locate` for text that parsed without positions (src/load/quick-yaml.ts),
 * ready on the first call only, that is, only for a file with something to
 * report: from js-yaml's parse events, or else from the `yaml` parse.
 */
export function locateLazily(text: string, firstLine = 1): SourceDocument['locate'] {
  let located: SourceDocument['locate'] | undefined;
  return (path, part) => {
    located ??= locateQuickly(text, firstLine) ?? parsePositioned(text, firstLine).locate;
    return located(path, part);
  };
}

function locate(root: Node | null, path: FieldPath, part: 'key' | 'value', at: (offset: number) => Position, start: Position): Position {
  const { isMap, isScalar, isSeq } = loadYaml();
  let node: unknown = root;
  let position = start;
  for (const [i, step] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return position;
      const key = pair.key as Node;
      position = key.range ? at(key.range[0]) : position;
      const value = pair.value as Node | null;
      if (last && part === 'value' && value?.range) position = at(value.range[0]);
      node = value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as Node | undefined;
      if (!item) return position;
      if (item.range) position = at(item.range[0]);
      node = item;
    } else {
      return position;
    }
  }
  return position;
}

function yamlMessage(code: string, message: string, from: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') {
    // The parser says "Map keys must be unique", which reads as if it were about map files: name the key instead.
    const key = /^("[^"\n]*"|'[^'\n]*'|[^\s:#'"][^:#\n]*?)[ \t]*:/.exec(from)?.[1]?.replace(/^["']|["']$/g, '');
    return key ? `the key "${key}" appears twice; each key may appear once` : `a key appears twice; each key may appear once`;
  }
  if (code === 'TAB_AS_INDENT') return `${first}; indent with spaces, not tabs`;
  return first;
}
