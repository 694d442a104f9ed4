import type { Position } from '../core/source.ts';

/** A mistake in how the lines of a YAML text are laid out, in words for the person who wrote them. */
export interface Mistake {
  position: Position;
  message: string;
}

/** An open block: a mapping's keys or a list's "-" all start at its column. */
interface Block {
  kind: 'map' | 'seq';
  column: number;
  /** What the last entry at this column starts with, to line up with: "to:" or "- to:". */
  label: string;
}

/** What the value of the last entry lets the lines after it be. */
type After =
  /** Nothing after "key:" or "-": the next line may open a block inside it. */
  | { kind: 'block'; column: number; owner: 'map' | 'seq' }
  /** Plain text: lines deeper than `column` continue it; `item` is a list item written as plain text. */
  | { kind: 'plain'; column: number; item?: { line: number; column: number; text: string } }
  /** "|" or ">": lines deeper than `column` are its text. */
  | { kind: 'literal'; column: number }
  /** A quoted value or a [list] over several lines, not closed yet. */
  | { kind: 'open'; line: number; column: number; lineEnd: number; state: Scan }
  | { kind: 'none' };

/** Inside a quote or flow collection: which quote is open, and how many brackets. */
interface Scan {
  quote: '"' | "'" | null;
  depth: number;
  /** The first character: a quote or a bracket. */
  opener: string;
}

const spaces = (n: number) => (n === 0 ? 'at the start of the line' : `${n} space${n === 1 ? '' : 's'}`);
const indented = (n: number) => (n === 0 ? 'not indented' : `indented ${spaces(n)}`);

/**
 * Reads the lines of a YAML text up to `lastLine` (where the parser gave up)
 * the way a person lays them out, keys under keys and "-" under "-", and
 * names the first line that does not fit: a key lined up with nothing above,
 * a tab, a missing colon, a quote or bracket never closed. Undefined when the
 * lines fit, or use YAML this reading does not follow; the parser's own
 * message is then the best there is.
 */
export function findLayoutMistake(text: string, lastLine: number): Mistake | undefined {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let after = NONE;
  const unclosed = (open: Extract<After, { kind: 'open' }>): Mistake => {
    const at = { line: open.line, column: open.column + 1 };
    if (open.state.opener === '"' || open.state.opener === "'") {
      return { position: at, message: `the ${open.state.opener} that opens this value on line ${open.line} is never closed; add a closing ${open.state.opener} at the end of the value` };
    }
    const close = open.state.opener === '[' ? ']' : '}';
    return { position: { line: open.line, column: open.lineEnd + 1 }, message: `the "${open.state.opener}" on line ${open.line} is never closed; add "${close}" after the last item` };
  };

  for (let n = 1; n <= Math.min(lastLine, lines.length); n++) {
    const line = lines[n - 1]!;
    if (after.kind === 'open') {
      const end = scan(line, 0, after.state);
      if (end === -1) continue;
      const rest = line.slice(end).trim();
      if (rest && !rest.startsWith('#')) return unclosed(after);
      after = NONE;
      continue;
    }
    let indent = 0;
    while (line[indent] === ' ') indent++;
    const c = line[indent];
    if (c === undefined || c === '#') continue;
    if (after.kind === 'literal' && indent > after.column) continue;
    if (c === '\t') return tabMistake(line, n, blocks, after);
    const dash = isDash(line, indent);
    const entry = dash ? true : isKey(line, indent);
    if (after.kind === 'plain' && indent > after.column && !entry) continue;
    if (dash && after.kind === 'plain' && indent > after.column && !isKey(line, dashContent(line, indent))) continue;
    // Explicit keys, properties, flow collections at the start of a line, directives, documents: not read here.
    if ('?&!*[{%'.includes(c) || line.startsWith('---') || line.startsWith('...')) return undefined;

    const wanted = dash ? 'seq' : 'map';
    const previous = after;
    after = NONE;
    const opensBlock = previous.kind === 'block' && (indent > previous.column || (indent === previous.column && dash && previous.owner === 'map'));
    if (!entry) {
      if (!opensBlock) return { position: { line: n, column: indent + 1 }, message: colonMissing(n, line.slice(indent).replace(/\s+#.*$/, '').trimEnd(), '', previous.kind === 'plain') };
      // The value itself, on the line after "key:".
      const read = readValue(line, n, indent, previous.column, previous.owner);
      if (read.mistake) return read.mistake;
      after = read.after;
      continue;
    }
    if (previous.kind === 'plain' && previous.item && !dash && indent > previous.column) {
      const { line: itemLine, column, text: item } = previous.item;
      return { position: { line: itemLine, column: column + 1 }, message: colonMissing(itemLine, item, '- ') };
    }
    if (opensBlock || blocks.length === 0) {
      blocks.push({ kind: wanted, column: indent, label: '' });
    } else {
      let k = blocks.length - 1;
      while (k >= 0 && blocks[k]!.column > indent) k--;
      while (k >= 0 && blocks[k]!.column === indent && blocks[k]!.kind !== wanted) k--;
      if (k < 0 || blocks[k]!.column !== indent) return misplaced(n, indent, wanted, blocks);
      blocks.length = k + 1;
    }
    const block = blocks[blocks.length - 1]!;
    if (dash) {
      const at = dashContent(line, indent);
      const key = keyOf(line, at);
      block.label = key ? `- ${key.name}:` : '-';
      if (key) {
        blocks.push({ kind: 'map', column: at, label: `${key.name}:` });
        const read = readValue(line, n, key.valueAt, at, 'map', key.name);
        if (read.mistake) return read.mistake;
        after = read.after;
      } else if (isDash(line, at)) {
        return undefined; // a list in a list item, "- - a": not read here
      } else {
        const read = readValue(line, n, at, indent, 'seq');
        if (read.mistake) return read.mistake;
        after = read.after;
      }
    } else {
      const key = keyOf(line, indent)!;
      block.label = `${key.name}:`;
      const read = readValue(line, n, key.valueAt, indent, 'map', key.name);
      if (read.mistake) return read.mistake;
      after = read.after;
    }
  }
  // Still inside a quote or a bracket where the parser gave up: that is the mistake.
  return after.kind === 'open' ? unclosed(after) : undefined;
}

const NONE: After = { kind: 'none' };

/** The value that starts at `at` on line `n`, of an entry whose key or "-" is at `owner`. */
function readValue(line: string, n: number, at: number, owner: number, ownerKind: 'map' | 'seq', key?: string): { after: After; mistake?: Mistake } {
  const c = line[at];
  if (c === undefined || c === '#') return { after: { kind: 'block', column: owner, owner: ownerKind } };
  const mistake = (message: string) => ({ after: NONE, mistake: { position: { line: n, column: at + 1 }, message } });
  const reserved = () => mistake(`line ${n}: a value cannot start with "${c}"; put it in double quotes${quoted(key, line.slice(at))}`);
  if (c === '|' || c === '>') return /^[|>][-+0-9]*[ \t]*(#.*)?$/.test(line.slice(at)) ? { after: { kind: 'literal', column: owner } } : reserved();
  if (c === '"' || c === "'" || c === '[' || c === '{') {
    const state: Scan = { quote: null, depth: 0, opener: c };
    const end = scan(line, at, state);
    if (end === -1) return { after: { kind: 'open', line: n, column: at, lineEnd: line.trimEnd().length, state } };
    const rest = line.slice(end).trim();
    if (rest && !rest.startsWith('#')) {
      return c === '"' || c === "'"
        ? mistake(`line ${n} has text after the closing ${c}; put the whole value inside the quotes, or remove them`)
        : mistake(`line ${n} has text after the closing "${line[end - 1]}"; remove it, or put it on a line of its own`);
    }
    return { after: NONE };
  }
  if ('@`%,]}'.includes(c)) return reserved();
  const value = line.slice(at).replace(/\s+#.*$/, '');
  if (key !== undefined && /:(\s|$)/.test(value)) {
    return mistake(`line ${n} has ": " inside the value of "${key}", which YAML reads as another key; put the value in double quotes${quoted(key, value)}`);
  }
  const item = key === undefined && ownerKind === 'seq' ? { item: { line: n, column: at, text: value.trimEnd() } } : {};
  return { after: { kind: 'plain', column: owner, ...item } };
}

const isDash = (line: string, at: number) => line[at] === '-' && (line[at + 1] === undefined || line[at + 1] === ' ');

/** Where the content of a list item starts, after its "-" and spaces. */
function dashContent(line: string, dash: number): number {
  let at = dash + 1;
  while (line[at] === ' ') at++;
  return at;
}

/** A line indented so that it lines up with nothing above: which column it should have. */
function misplaced(n: number, indent: number, wanted: 'map' | 'seq', blocks: readonly Block[]): Mistake | undefined {
  let best: Block | undefined;
  for (const block of blocks) {
    if (block.kind !== wanted || !block.label) continue;
    // On a tie, the deeper block: most often the one the line belongs to.
    if (!best || Math.abs(block.column - indent) <= Math.abs(best.column - indent)) best = block;
  }
  if (!best) {
    if (wanted === 'map') return undefined;
    return { position: { line: n, column: indent + 1 }, message: `line ${n} starts a list item ("- ") where no list can be: put it under a key that ends with ":", such as "connections:", or remove the "- "` };
  }
  return { position: { line: n, column: 1 }, message: `line ${n} is ${indented(indent)}; line it up with "${best.label}" above, ${spaces(best.column)}` };
}

/** A tab in the indentation: how many spaces would line the line up. */
function tabMistake(line: string, n: number, blocks: readonly Block[], after: After): Mistake {
  const message = `line ${n} is indented with a tab, and YAML allows only spaces`;
  const position = { line: n, column: 1 };
  const use = (column: number) => (column === 0 ? 'remove it' : `use ${spaces(column)}`);
  if (after.kind === 'block') {
    const owner = blocks.findLast((block) => block.column === after.column && block.kind === after.owner);
    return { position, message: owner?.label ? `${message}: ${use(after.column + 2)}, to go inside "${owner.label}" above` : message };
  }
  const wanted = isDash(line, line.search(/[^ \t]/)) ? 'seq' : 'map';
  const last = blocks.findLast((block) => block.kind === wanted && block.label);
  return { position, message: last ? `${message}: ${use(last.column)}, to line up with "${last.label}" above` : message };
}

/** A line that is text where a "key: value" belongs. */
function colonMissing(n: number, text: string, prefix: string, mayContinue = false): string {
  const colon = /^([A-Za-z_][\w-]*):(\S.*)$/.exec(text);
  if (colon) return `line ${n} needs a space after the colon, as in "${prefix}${colon[1]}: ${colon[2]}"`;
  const words = /^([A-Za-z_][\w-]*)\s+([^\s:].*)$/.exec(text);
  if (words) return `line ${n} needs a colon after "${words[1]}", as in "${prefix}${words[1]}: ${words[2]}"`;
  if (/^[A-Za-z_][\w-]*$/.test(text)) return `line ${n} needs a colon after "${text}", as in "${prefix}${text}:"${mayContinue ? ' (or, if it continues the value above, indent it)' : ''}`;
  return `line ${n} is not a "key: value" line: add the key${mayContinue ? ', or, if it continues the value above, indent it' : ''}`;
}

/** The value in double quotes, as an example, when that is simple to show. */
function quoted(key: string | undefined, value: string): string {
  const text = value.trim();
  if (text.includes('"') || text.includes('\\')) return '';
  return key === undefined ? `: "${text}"` : `: ${key}: "${text}"`;
}

/** Whether a "key:" starts at `at`. */
function isKey(line: string, at: number): boolean {
  return keyOf(line, at) !== undefined;
}

/** The key that starts at `at` ("name:" or a quoted "name":), and where its value starts. */
function keyOf(line: string, at: number): { name: string; valueAt: number } | undefined {
  let end: number;
  let name: string;
  const c = line[at];
  if (c === '"' || c === "'") {
    const close = line.indexOf(c, at + 1);
    if (close === -1) return undefined;
    name = line.slice(at + 1, close);
    end = close + 1;
    while (line[end] === ' ') end++;
    if (line[end] !== ':') return undefined;
  } else {
    if (c === undefined || '-?:,[]{}#&*!|>@`%'.includes(c)) {
      if (!(c === '-' && line[at + 1] !== ' ' && line[at + 1] !== undefined)) return undefined;
    }
    const colon = /:(?=[ \t]|$)|\s#/.exec(line.slice(at));
    if (!colon || colon[0] !== ':') return undefined;
    end = at + colon.index;
    name = line.slice(at, end).trimEnd();
  }
  let valueAt = end + 1;
  while (line[valueAt] === ' ') valueAt++;
  return { name, valueAt };
}

/**
 * Reads a quoted value or flow collection from `from`, carrying `state` over
 * lines: the index just after it closes, or -1 when it is still open at the
 * end of the line.
 */
function scan(line: string, from: number, state: Scan): number {
  for (let i = from; i < line.length; i++) {
    const c = line[i]!;
    if (state.quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') {
        state.quote = null;
        if (state.depth === 0) return i + 1;
      }
    } else if (state.quote === "'") {
      if (c === "'" && line[i + 1] === "'") i++;
      else if (c === "'") {
        state.quote = null;
        if (state.depth === 0) return i + 1;
      }
    } else if ((c === '"' || c === "'") && (i === from || ' \t[{,'.includes(line[i - 1]!))) {
      state.quote = c;
    } else if (c === '[' || c === '{') {
      state.depth++;
    } else if (c === ']' || c === '}') {
      if (--state.depth === 0) return i + 1;
    } else if (c === '#' && (i === 0 || line[i - 1] === ' ')) {
      return -1;
    }
  }
  return -1;
}
