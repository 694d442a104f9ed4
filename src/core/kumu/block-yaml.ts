import { CORE_SCHEMA, dump, type DumpOptions } from 'js-yaml';

/** How the import writes YAML: js-yaml, with the YAML 1.2 core schema, on one line per value, never with anchors. */
export const DUMP_OPTIONS: DumpOptions = { schema: CORE_SCHEMA, lineWidth: -1, noRefs: true, quotingType: '"' };

/**
 * Text that js-yaml writes plain whatever the level: a letter first, then
 * letters, digits, spaces and punctuation that mean nothing in YAML, and not
 * a space last.
 */
const PLAIN = /^\p{L}(?:[\p{L}\p{N} .,'’()/&+_-]*[\p{L}\p{N}.,'’()/&+_-])?$/u;

/** Words that the core schema reads as null or a boolean, or that js-yaml quotes for YAML 1.1 readers. */
const NOT_TEXT = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);

/**
 * The text js-yaml's `dump(value, DUMP_OPTIONS)` gives, byte for byte, made
 * faster for the shapes of our front matter: block mappings and sequences of
 * one-line text, whole numbers and booleans. js-yaml is asked how to write
 * each text that is not plainly text (and remembers the answer), and writes
 * the whole value of anything else: a text over several lines, an empty list.
 * tests/import/content-files.test.ts holds both equal. (js-yaml chooses a
 * style for every text, testing it against each type of the schema: for
 * 20,000 files, most of the import's time after reading.)
 */
export function blockYamlWriter(): (value: object) => string {
  // Texts js-yaml was asked about: a few (types, care, dates) recur in thousands of files.
  const asked = new Map<string, string>();
  const scalar = (text: string): string | undefined => {
    if (PLAIN.test(text) && !NOT_TEXT.has(text)) return text;
    // Over several lines, a text is written as a block, indented by its level: js-yaml writes the whole value.
    if (text.includes('\n')) return undefined;
    let yaml = asked.get(text);
    if (yaml === undefined) asked.set(text, (yaml = dump(text, DUMP_OPTIONS).slice(0, -1)));
    return yaml;
  };
  return (value) => {
    const text = node(value, 0, true, scalar);
    return text === undefined ? dump(value, DUMP_OPTIONS) : `${text}\n`;
  };
}

/** A text as js-yaml writes it on one line (plain or in double quotes); undefined for a text over several lines. */
type Scalar = (text: string) => string | undefined;

/** A value as js-yaml's writeNode writes it in block style at `level`; undefined where that takes more than this knows. */
function node(value: unknown, level: number, compact: boolean, scalar: Scalar): string | undefined {
  if (typeof value === 'string') return scalar(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value) : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  const line = `\n${' '.repeat(2 * level)}`;
  let text = '';
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    for (const item of value) {
      const written = node(item, level + 1, true, scalar);
      if (written === undefined) return undefined;
      text += `${!compact || text !== '' ? line : ''}- ${written}`;
    }
    return text;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  const keys = Object.keys(value);
  if (keys.length === 0) return undefined;
  for (const key of keys) {
    const name = scalar(key);
    const written = node((value as Record<string, unknown>)[key], level + 1, false, scalar);
    // A key over 1,024 characters is written as "? key".
    if (name === undefined || name.length > 1024 || written === undefined) return undefined;
    text += `${!compact || text !== '' ? line : ''}${name}${written.startsWith('\n') ? ':' : ': '}${written}`;
  }
  return text;
}
