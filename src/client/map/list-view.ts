import { connectionTypeInfo } from '../../core/vocabulary/connection-types.ts';
import { elementTypeLabel } from '../../core/vocabulary/element-types.ts';
import type { CareOffer } from '../../core/model.ts';
import { careLabel, type CareMapModel } from '../../map/care-map-model.ts';
import { h, typeSymbol } from './create.ts';
import type { MapDetails } from './details.ts';
import type { Shown } from '../../map/filters.ts';

export interface ListHooks {
  select(i: number, invoker: HTMLElement): void;
  clearSearch(): void;
}

const PAGE = 100;

/**
 * The text alternative to the picture: the elements and connections the map
 * shows right now, as two tables a screen reader can walk. It follows the
 * filters, the focus and the search, and is rendered only while open, a page
 * at a time, so a large map costs nothing until it is read.
 */
export class ListView {
  private shown: Shown | null = null;
  private matches: Set<number> | null = null;
  private query = '';
  private selected = -1;
  private stale = true;

  constructor(
    private readonly root: HTMLElement,
    private readonly model: CareMapModel,
    private readonly details: MapDetails,
    private readonly hooks: ListHooks,
  ) {}

  get isOpen(): boolean {
    return !this.root.hidden;
  }

  setOpen(open: boolean): void {
    this.root.hidden = !open;
    if (open && this.stale) this.render();
  }

  update(shown: Shown, matches: number[] | null, query: string, selected: number): void {
    if (shown === this.shown && query === this.query && !this.stale) {
      // Only the selection moved: mark it, and keep the rows (and the reader's focus) where they are.
      this.selected = selected;
      for (const row of this.root.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
        const button = row.querySelector<HTMLButtonElement>('button[data-i]');
        if (!button) continue;
        const on = Number(button.dataset['i']) === selected;
        row.classList.toggle('is-selected', on);
        if (on) button.setAttribute('aria-current', 'true');
        else button.removeAttribute('aria-current');
      }
      return;
    }
    this.shown = shown;
    this.matches = matches ? new Set(matches) : null;
    this.query = query;
    this.selected = selected;
    this.stale = true;
    if (this.isOpen) this.render();
  }

  private render(): void {
    const { shown, model } = this;
    if (!shown) return;
    this.stale = false;
    const elements: number[] = [];
    shown.nodes.forEach((on, i) => {
      if (on && (!this.matches || this.matches.has(i))) elements.push(i);
    });
    elements.sort((a, b) => model.nodes[a]!.name.localeCompare(model.nodes[b]!.name, 'en'));
    const inList = new Uint8Array(model.nodes.length);
    for (const i of elements) inList[i] = 1;
    const connections: number[] = [];
    shown.links.forEach((on, l) => {
      if (on && (inList[model.source[l]!] || inList[model.target[l]!])) connections.push(l);
    });
    const name = (i: number) => model.nodes[i]!.name;
    connections.sort((a, b) => model.links[a]!.type.localeCompare(model.links[b]!.type) || name(model.source[a]!).localeCompare(name(model.source[b]!), 'en') || name(model.target[a]!).localeCompare(name(model.target[b]!), 'en'));
    const shownDegree = new Int32Array(model.nodes.length);
    shown.links.forEach((on, l) => {
      if (!on) return;
      shownDegree[model.source[l]!]!++;
      shownDegree[model.target[l]!]!++;
    });

    // Areas come with the details: rows are listed at once, their areas filled in when the details arrive.
    const areaCells: [HTMLTableCellElement, string][] = [];
    const area = (i: number) => {
      const id = model.nodes[i]!.id;
      const cell = h('td', {}, this.details.element(id).area ?? '');
      if (!this.details.loaded) areaCells.push([cell, id]);
      return cell;
    };
    if (!this.details.loaded) {
      void this.details.load().then(() => {
        for (const [cell, id] of areaCells.splice(0)) cell.textContent = this.details.element(id).area ?? '';
      });
    }

    const summary = h('p', { class: 'cm-list-summary' }, `${count(elements.length, 'element')} and ${count(connections.length, 'connection')}`, this.query ? ` matching “${this.query}”. ` : '.');
    if (this.query) summary.append(h('button', { type: 'button', class: 'cm-link-button', onclick: () => this.hooks.clearSearch() }, 'Clear search'));

    const elementTable = this.table(
      'Elements',
      ['Name', 'Type', 'Area', 'Connections shown', 'Care offered'],
      elements,
      (i) =>
        h(
          'tr',
          { class: i === this.selected ? 'is-selected' : undefined },
          h('th', { scope: 'row' }, h('button', { type: 'button', class: 'cm-link-button', 'data-i': i, 'aria-current': i === this.selected ? 'true' : undefined, onclick: (e: Event) => this.hooks.select(i, e.currentTarget as HTMLElement) }, model.nodes[i]!.name)),
          h('td', {}, h('span', { class: 'cm-with-icon' }, typeSymbol(model.nodes[i]!.type, 14), elementTypeLabel(model.nodes[i]!.type))),
          area(i),
          h('td', { class: 'cm-number' }, String(shownDegree[i])),
          h('td', {}, careText(model, model.nodes[i]!.care)),
        ),
    );
    const connectionTable = this.table('Connections', ['From', 'Connection', 'To', 'Care flowing'], connections, (l) => {
      const link = model.links[l]!;
      return h('tr', {}, h('td', {}, name(model.source[l]!)), h('td', {}, connectionTypeInfo(link.type).label), h('td', {}, name(model.target[l]!)), h('td', {}, careText(model, link.care)));
    });
    this.root.replaceChildren(h('h2', { id: `${this.root.id}-title` }, 'Elements and connections shown'), summary, elementTable, connectionTable);
  }

  private table(title: string, columns: string[], rows: number[], row: (item: number) => HTMLTableRowElement): HTMLElement {
    const id = `${this.root.id}-${title.toLowerCase()}`;
    const body = h('tbody');
    const more = h('button', { type: 'button', class: 'cm-button' });
    let done = 0;
    const page = () => {
      const next = rows.slice(done, done + PAGE);
      body.append(...next.map(row));
      done += next.length;
      more.hidden = done >= rows.length;
      more.textContent = `Show ${Math.min(PAGE, rows.length - done)} more of ${rows.length - done}`;
    };
    more.addEventListener('click', () => {
      const focusAt = body.rows.length;
      page();
      // Keep the reader's place: move focus to the first new row's first control or cell.
      const first = body.rows[focusAt];
      const target = first?.querySelector<HTMLElement>('button') ?? first?.cells[0];
      if (target) {
        if (!target.matches('button')) target.tabIndex = -1;
        target.focus();
      }
    });
    page();
    return h(
      'section',
      { class: 'cm-list-section', 'aria-labelledby': id },
      h('h3', { id }, `${title} (${rows.length})`),
      // The table's box is focusable and named: on a phone it scrolls sideways, and a keyboard must be able to scroll it.
      rows.length === 0
        ? h('p', { class: 'cm-muted' }, `No ${title.toLowerCase()} shown.`)
        : h('div', { class: 'cm-table-wrap', role: 'group', 'aria-labelledby': id, tabindex: 0 }, h('table', { class: 'cm-table' }, h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col' }, c)))), body)),
      more,
    );
  }
}

function careText(model: CareMapModel, care: CareOffer | undefined): string {
  if (!care) return '';
  const parts: string[] = [];
  if (care.formal.length) parts.push(`Formal: ${care.formal.map((id) => careLabel(model, 'formal', id)).join(', ')}`);
  if (care.informal.length) parts.push(`Informal: ${care.informal.map((id) => careLabel(model, 'informal', id)).join(', ')}`);
  return parts.join('; ');
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
