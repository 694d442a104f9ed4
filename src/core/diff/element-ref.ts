import type { CareElement } from '../model.ts';
import { elementTypeLabel, type ElementType } from '../vocabulary/element-types.ts';

/**
 * How a change names an element. A private one (anonymised or hidden, before
 * or after the change) never shows its name or its slug, which is its file
 * name, unless the organiser asks.
 */
export interface ElementRef {
  /** The slug: only for a public element, or with showPrivate. */
  id?: string;
  label: string;
  /** Absent for a hidden element: not even its type is published. */
  type?: ElementType;
  private: boolean;
}

/** One label per element, the same wherever it appears in the diff. */
export function elementRefs(before: readonly CareElement[], after: readonly CareElement[], showPrivate: boolean): Map<string, ElementRef> {
  const oldById = new Map(before.map((e) => [e.id, e]));
  const refs = new Map<string, ElementRef>();
  for (const element of [...after, ...before]) {
    if (refs.has(element.id)) continue;
    const old = oldById.get(element.id);
    refs.set(element.id, elementRef(element, old, showPrivate));
  }
  return refs;
}

function elementRef(element: CareElement, old: CareElement | undefined, showPrivate: boolean): ElementRef {
  const states = old ? [element, old] : [element];
  const isPrivate = states.some((e) => e.privacy !== 'public');
  if (!isPrivate || showPrivate) return { id: element.id, label: element.name, type: element.type, private: isPrivate };
  if (states.some((e) => e.privacy === 'hidden')) return { label: 'a private entry', private: true };
  // The default alias ("Supported Person B") depends on a key the pull request may not have: give the type instead.
  const alias = states.find((e) => e.privacy === 'anonymised' && e.alias !== undefined)?.alias;
  return { label: alias ?? `an anonymised ${elementTypeLabel(element.type)}`, type: element.type, private: true };
}
