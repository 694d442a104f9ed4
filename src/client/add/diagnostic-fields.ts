import type { Diagnostic } from '../../core/diagnostic.ts';
import type { FieldKey } from './new-element.ts';

/**
 * Puts each diagnostic beside the field it is about: the field whose line of
 * the written file it points at. A key that is missing has no line of its
 * own, so it goes to the field of that key; a lonely element's warning to
 * its connections.
 */
export function diagnosticsByField(diagnostics: readonly Diagnostic[], lines: readonly (FieldKey | undefined)[]): Map<FieldKey, Diagnostic[]> {
  const out = new Map<FieldKey, Diagnostic[]>();
  for (const d of diagnostics) {
    const field = fieldOf(d, lines[d.line - 1]);
    const list = out.get(field);
    if (list) list.push(d);
    else out.set(field, [d]);
  }
  return out;
}

function fieldOf(d: Diagnostic, onLine: FieldKey | undefined): FieldKey {
  if (d.rule === 'isolated-element') return 'connections';
  if (d.rule === 'missing-key') {
    const key = /"([a-z_]+)"$/.exec(d.message)?.[1];
    const item = onLine && /^connections\.\d+/.exec(onLine)?.[0];
    if (item && (key === 'to' || key === 'type')) return `${item}.${key}` as FieldKey;
    if (key === 'type' || key === 'name') return key;
  }
  return onLine ?? 'name';
}
