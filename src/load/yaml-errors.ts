import type { YAMLException } from 'js-yaml';
import type { Position } from '../core/source.ts';
import { lineStarts, positionOf } from './line-starts.ts';
import { findLayoutMistake, type Mistake } from './yaml-layout.ts';

/** YAML that parses but is refused: anchors, aliases, tags and merge keys, at the offset where it starts. */
export interface Refused {
  kind: 'anchor' | 'alias' | 'tag' | 'merge';
  offset: number;
}

const WHAT: Record<Refused['kind'], string> = {
  anchor: 'a YAML anchor (a name given to a value)',
  alias: 'a YAML alias (a copy of a value named elsewhere)',
  tag: 'a YAML tag (a type given to a value)',
  merge: 'a YAML merge key',
};

/**
 * Says why a value that starts with "&", "*", "!" or a "<<" key is refused.
 * Most often it was meant as text ("*Special* offer"): quoting it is the fix.
 */
export function explainRefused(text: string, refused: Refused, starts: readonly number[]): Mistake {
  const position = positionOf(starts, refused.offset);
  if (refused.kind === 'merge') return { position, message: `"<<" is ${WHAT.merge}, which is not allowed here; write the keys out in full` };
  const lineEnd = text.indexOf('\n', refused.offset);
  const value = text.slice(refused.offset, lineEnd === -1 ? text.length : lineEnd).trim();
  const example = /["\\[\]{},]/.test(value) ? '' : `: "${value}"`;
  return { position, message: `"${value[0]}" at the start of a value makes it ${WHAT[refused.kind]}, which is not allowed here; if it is text, put it in double quotes${example}` };
}

/**
 * Turns a js-yaml error into one message a contributor can act on, at the
 * line to change: a layout mistake found by reading the lines up to where the
 * parser gave up, or the parser's own complaint in plainer words.
 * `reading` is where the node the parser was reading starts.
 */
export function explainYamlError(text: string, error: YAMLException, reading: number | undefined): Mistake {
  const starts = lineStarts(text);
  const reason = error.reason ?? error.message;
  const mark = error.mark as { position?: number } | undefined;
  const offset = typeof mark?.position === 'number' ? Math.min(mark.position, text.length) : undefined;
  const at = offset === undefined ? { line: 1, column: 1 } : positionOf(starts, offset);
  if (reading !== undefined && /alias|anchor|tag/.test(reason) && '&*!'.includes(text[reading] ?? 'x')) {
    const kind = text[reading] === '&' ? 'anchor' : text[reading] === '*' ? 'alias' : 'tag';
    return explainRefused(text, { kind, offset: reading }, starts);
  }
  const layout = findLayoutMistake(text, offset === undefined ? starts.length : at.line);
  if (layout) return layout;
  return { position: at, message: plainReason(reason, text, offset ?? 0, at) };
}

function plainReason(reason: string, text: string, offset: number, at: Position): string {
  if (reason === 'duplicated mapping key') {
    const key = /^("[^"\n]*"|'[^'\n]*'|[^\s:#'"][^:#\n]*?)[ \t]*:/.exec(text.slice(offset, offset + 200))?.[1]?.replace(/^["']|["']$/g, '');
    return key ? `the key "${key}" appears twice; each key may appear once` : 'a key appears twice; each key may appear once';
  }
  if (reason.startsWith('expected a single document')) return 'a line "---" or "..." ends the YAML early; remove it, or put the text after it in quotes';
  if (reason === 'the stream contains non-printable characters') return `line ${at.line} holds an invisible control character, perhaps pasted in; delete it and type the text again`;
  if (reason.startsWith('tab characters')) return `line ${at.line} is indented with a tab; indent it with spaces instead (YAML does not allow tabs)`;
  if (/^bad indentation|^end of the stream or a document separator/.test(reason)) return `line ${at.line} is not lined up with the lines above it; check its spaces at the start`;
  if (reason.startsWith('can not read a block mapping entry')) return `line ${at.line}, or the one above it, is not a "key: value" line`;
  if (reason.startsWith('unexpected end of the stream within a flow collection')) return 'a "[" or "{" is never closed; add the "]" or "}" after the last item';
  if (/^unexpected end of the (stream|document) within a (double|single) quoted scalar/.test(reason)) return 'a quote is never closed; add the closing quote at the end of the value';
  if (reason === 'missed comma between flow collection entries') return `a comma is missing between two items of a list written [a, b], or its "]" is missing`;
  if (reason === 'unknown escape sequence' || reason.startsWith('expected hexadecimal')) return 'a "\\" inside double quotes starts an escape YAML does not know; write "\\\\" for a backslash, or use single quotes';
  if (reason.startsWith('nesting exceeded')) return 'the values are nested too deeply: more than 100 levels';
  return reason;
}
