import { today } from '../../core/calendar.ts';
import { newElementUrl } from '../../core/edit-link.ts';
import { noSlugMessage, slugify, slugTakenMessage } from '../../core/slug.ts';
import { INDIVIDUAL_TYPES, type ElementType } from '../../core/vocabulary/element-types.ts';
import type { AddFormFile } from '../../site/add-form-file.ts';
import { checkNewElement } from './check-new-element.ts';
import { ConnectionRow, type ConnectionPart } from './connection-row.ts';
import { diagnosticsByField } from './diagnostic-fields.ts';
import { elementText } from './element-text.ts';
import { showFieldMessages, showSummary, type FieldMessage, type FieldPlace } from './field-messages.ts';
import { readForm } from './form-values.ts';
import type { FieldKey } from './new-element.ts';
import { ProposalActions } from './proposal.ts';

const LABELS: Record<string, string> = {
  name: 'Name', type: 'Type', summary: 'Summary', area: 'Area', website: 'Website', contact: 'Contact', care: 'Care offered', tags: 'Tags',
  maps: 'Maps', alias: 'Alias', body: 'Description', connections: 'Connections', reviewed: 'Reviewed', privacy: 'Privacy',
};
const PART_LABELS: Record<ConnectionPart, string> = { to: 'other element', type: 'connection type', since: 'since', role: 'role', note: 'note', care: 'care' };

/** The add page: reads the form as it changes, writes the file, checks it, shows the messages and offers the file. */
export async function startAddForm(root: Document): Promise<void> {
  const form = root.querySelector<HTMLFormElement>('[data-add-form]');
  if (!form) return;
  const summary = root.querySelector<HTMLElement>('#add-summary')!;
  let file: AddFormFile;
  try {
    const response = await fetch(form.dataset['formFile']!);
    if (!response.ok) throw new Error(String(response.status));
    file = (await response.json()) as AddFormFile;
  } catch {
    summary.textContent = 'The form could not load the list of elements it checks against. Reload the page to try again.';
    return;
  }
  const day = today();
  for (const slot of root.querySelectorAll('[data-today]')) slot.textContent = day;
  const known = new Set(file.elements.map((e) => e.id));
  const template = root.querySelector<HTMLTemplateElement>('#connection-template')!;
  const list = form.querySelector<HTMLOListElement>('[data-connection-list]')!;
  const slugLine = root.querySelector<HTMLElement>('#name-slug')!;
  const rows: ConnectionRow[] = [];
  let nextKey = 1;
  /** Fields whose messages show: touched ones, and all once a proposal was tried. */
  const touched = new WeakSet<Element>();
  let revealAll = false;

  const topPlaces = new Map<string, FieldPlace>();
  for (const key of Object.keys(LABELS)) {
    const message = root.getElementById(`${key}-message`);
    if (message) topPlaces.set(key, { message, control: root.getElementById(key) ?? undefined, label: LABELS[key]! });
  }
  const rowPlaces = new Map<ConnectionRow, Map<ConnectionPart, FieldPlace>>();
  const placeOf = (field: FieldKey): FieldPlace => {
    const match = /^connections\.(\d+)\.?(\w*)$/.exec(field);
    if (!match) return topPlaces.get(field) ?? topPlaces.get('name')!;
    const row = rows[Number(match[1])]!;
    return rowPlaces.get(row)!.get((match[2] || 'to') as ConnectionPart)!;
  };
  const shown = (place: FieldPlace) => {
    const field = (place.control ?? place.message).closest('.field');
    return revealAll || (field !== null && touched.has(field));
  };

  let errorCount = 0;
  const actions = new ProposalActions(
    root.querySelector<HTMLAnchorElement>('[data-propose]'),
    root.querySelector<HTMLButtonElement>('[data-copy]')!,
    root.querySelector<HTMLButtonElement>('[data-download]')!,
    root.querySelector<HTMLElement>('[data-action-status]')!,
    root.querySelector<HTMLElement>('[data-too-long]')!,
    () => errorCount === 0,
    () => {
      revealAll = true;
      refresh(true);
      summary.focus();
    },
  );

  let summaryTimer: ReturnType<typeof setTimeout> | undefined;
  /** `now`: the summary at once (a proposal was tried), not when typing pauses. */
  const refresh = (now = false) => {
    const own = readForm(form, day);
    for (const row of rows) row.update(own);
    const entry = { ...own, connections: rows.map((row) => row.value()) };
    showType(root, own.type);
    const slug = slugify(own.name.trim());
    const folder = form.dataset['folder']!;
    const path = `${folder}${slug || 'new-element'}.md`;
    const written = elementText(entry);
    const { text, lines } = written;
    const byField = diagnosticsByField(checkNewElement(path, written, file, day), lines);
    const messages = new Map<FieldPlace, FieldMessage[]>();
    for (const [field, list] of byField) {
      const place = placeOf(field);
      messages.set(place, [...(messages.get(place) ?? []), ...list]);
    }
    const name = topPlaces.get('name')!;
    if (own.name.trim() && !slug) messages.set(name, [{ severity: 'error', message: noSlugMessage(own.name.trim()) }, ...(messages.get(name) ?? [])]);
    if (slug && known.has(slug)) messages.set(name, [{ severity: 'error', message: slugTakenMessage(path) }, ...(messages.get(name) ?? [])]);
    slugLine.textContent = slug ? `File name: ${path}` : '';
    const places = [...topPlaces.values(), ...[...rowPlaces.values()].flatMap((m) => [...m.values()])];
    showFieldMessages(places, messages, shown);
    errorCount = [...messages.values()].flat().filter((m) => m.severity === 'error').length;
    root.querySelector('[data-file-text]')!.textContent = text;
    root.querySelector('[data-file-name]')!.textContent = path;
    actions.update({ path, text, url: newElementUrl(file.site, slug || 'new-element', text) });
    // The summary is read out: only once typing pauses, and only what is shown beside the fields.
    const summarise = () => {
      const visible = new Map([...messages].filter(([place]) => shown(place)));
      if (visible.size > 0 || errorCount === 0) showSummary(summary, visible, 'The file passes the check: it is ready to propose.');
      else summary.replaceChildren();
    };
    clearTimeout(summaryTimer);
    if (now) summarise();
    else summaryTimer = setTimeout(summarise, 700);
  };

  const addRow = () => {
    const row = new ConnectionRow(template, nextKey++, file.elements, file.site.careTypes, refresh, (gone) => {
      const at = rows.indexOf(gone);
      rows.splice(at, 1);
      rowPlaces.delete(gone);
      gone.item.remove();
      rows.forEach((r, i) => r.number(i + 1));
      (rows[at] ?? rows[at - 1])?.focus();
      if (rows.length === 0) root.querySelector<HTMLElement>('[data-add-connection]')!.focus();
      refresh();
    });
    rows.push(row);
    const places = new Map<ConnectionPart, FieldPlace>();
    for (const part of Object.keys(PART_LABELS) as ConnectionPart[]) {
      const control = row.control(part);
      places.set(part, { control, message: row.item.querySelector<HTMLElement>(`[data-message="${part}"]`)!, label: `Connection ${rows.length}, ${PART_LABELS[part]}` });
    }
    rowPlaces.set(row, places);
    list.append(row.item);
    row.number(rows.length);
    refresh();
    row.focus();
  };

  form.addEventListener('input', () => refresh());
  form.addEventListener('change', () => refresh());
  form.addEventListener('focusout', (event) => {
    // Leaving a field shows its messages from then on, and those of the groups around it.
    let fresh = false;
    for (let field = (event.target as Element).closest('.field'); field; field = field.parentElement?.closest('.field') ?? null) {
      if (!touched.has(field)) fresh = touched.add(field) !== undefined;
    }
    if (fresh) refresh();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  root.querySelector('[data-add-connection]')!.addEventListener('click', addRow);
  refresh();
}

/** Contact only for types that may have one; the privacy explanation first for a supported person. */
function showType(root: Document, type: ElementType | ''): void {
  const individual = type !== '' && INDIVIDUAL_TYPES.includes(type);
  for (const field of root.querySelectorAll<HTMLElement>('[data-not-individual]')) field.hidden = individual;
  root.getElementById('privacy-note')!.hidden = type !== 'supported-person';
}
