import type { Severity } from '../../core/diagnostic.ts';

/** A message to show beside a field: the checker's, or the form's own about the file name. */
export interface FieldMessage {
  severity: Severity;
  message: string;
}

/** Where a field's messages go: the message paragraph, the control it describes, and the field's name for the summary. */
export interface FieldPlace {
  message: HTMLElement;
  control?: HTMLElement;
  label: string;
}

/**
 * Shows each field's messages beside it (the paragraph is in the control's
 * aria-describedby, so a screen reader reads it with the field), marks a
 * control with an error aria-invalid, and clears the others.
 */
export function showFieldMessages(places: readonly FieldPlace[], messages: ReadonlyMap<FieldPlace, FieldMessage[]>, shown: (place: FieldPlace) => boolean): void {
  for (const place of places) {
    const list = shown(place) ? (messages.get(place) ?? []) : [];
    const errors = list.some((m) => m.severity === 'error');
    const text = list.map((m) => m.message).join(' · ');
    if (place.message.textContent !== text) place.message.textContent = text;
    place.message.className = `message${list.length === 0 ? '' : errors ? ' error' : ' warning'}`;
    if (place.control && 'value' in place.control && !(place.control instanceof HTMLFieldSetElement)) {
      if (errors) place.control.setAttribute('aria-invalid', 'true');
      else place.control.removeAttribute('aria-invalid');
    }
  }
}

/**
 * The summary above the form, a polite live region: how many problems are
 * left, each a link to its field, or that the file is ready.
 */
export function showSummary(summary: HTMLElement, messages: ReadonlyMap<FieldPlace, FieldMessage[]>, ready: string): number {
  const errors = [...messages].flatMap(([place, list]) => list.filter((m) => m.severity === 'error').map((m) => ({ place, message: m.message })));
  summary.classList.toggle('ready', errors.length === 0);
  if (errors.length === 0) {
    summary.replaceChildren(ready);
    return 0;
  }
  const heading = document.createElement('p');
  heading.textContent = errors.length === 1 ? '1 problem to fix before the file can be proposed:' : `${errors.length} problems to fix before the file can be proposed:`;
  const list = document.createElement('ul');
  for (const { place, message } of errors) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    const target = place.control ?? place.message;
    link.href = `#${target.id}`;
    link.textContent = place.label;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const focusable = target instanceof HTMLFieldSetElement ? target.querySelector<HTMLElement>('input, select, textarea') : target;
      (focusable ?? target).focus();
      target.scrollIntoView({ block: 'center' });
    });
    item.append(link, `: ${message}`);
    list.append(item);
  }
  summary.replaceChildren(heading, list);
  return errors.length;
}
