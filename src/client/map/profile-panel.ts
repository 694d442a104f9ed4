import { longDate } from '../../core/calendar.ts';
import { CONNECTION_TYPES, isMembership } from '../../core/vocabulary/connection-types.ts';
import { elementTypeLabel } from '../../core/vocabulary/element-types.ts';
import { hasCare, type CareOffer } from '../../core/model.ts';
import { careLabel, careReceiver, otherEnd, type CareMapModel } from '../../map/care-map-model.ts';
import { connectionSample, h, typeSymbol } from './create.ts';
import type { MapDetails } from './details.ts';
import type { FocusDepth } from '../../map/map-state.ts';
import { ProfileSheet } from './profile-sheet.ts';

export interface ProfileActions {
  select(i: number): void;
  focus(depth: FocusDepth): void;
  close(): void;
}

/** Connections listed per type before "Show all": a hub can have hundreds. */
const FIRST_CONNECTIONS = 30;

/**
 * The profile of the selected element: what it is, the care it offers, its
 * Care Commons membership and its connections by type, with the care flowing
 * through each. Built from the public map and details files alone, so it
 * shows only public fields. It opens at once with what the map knows; the
 * details (summary, area, website, contact, roles, notes) fill their places
 * as soon as they have been fetched, the first time.
 */
export class ProfilePanel {
  private current = -1;
  /** What to fill in when the details arrive, for the profile shown now. */
  private pending: (() => void)[] = [];
  private readonly sheet: ProfileSheet;

  constructor(
    private readonly root: HTMLElement,
    private readonly model: CareMapModel,
    private readonly details: MapDetails,
    private readonly elementHref: (id: string) => string,
    private readonly actions: ProfileActions,
  ) {
    this.sheet = new ProfileSheet(root, `${root.id}-body`);
    root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        actions.close();
      }
    });
  }

  get shownIndex(): number {
    return this.current;
  }

  show(i: number, focus: FocusDepth): void {
    if (i !== this.current) this.render(i);
    this.current = i;
    // A profile that opens, opens whole; one that changes keeps the sheet as the reader left it.
    if (this.root.hidden) this.sheet.setExpanded(true);
    this.root.hidden = false;
    for (const button of this.root.querySelectorAll<HTMLButtonElement>('[data-depth]')) {
      button.setAttribute('aria-pressed', String(Number(button.dataset['depth']) === focus));
    }
  }

  hide(): void {
    this.current = -1;
    this.pending = [];
    this.root.hidden = true;
    this.root.replaceChildren();
  }

  /** Moves keyboard focus to the profile's heading, for readers who chose from a list. */
  focusHeading(): void {
    this.root.querySelector<HTMLElement>('h2')?.focus();
  }

  private render(i: number): void {
    const { model } = this;
    const node = model.nodes[i]!;
    const pending: (() => void)[] = [];
    this.pending = pending;
    const titleId = `${this.root.id}-title`;
    this.root.setAttribute('aria-labelledby', titleId);

    const head = h(
      'div',
      { class: 'cm-profile-head' },
      this.sheet.handle,
      h('p', { class: 'cm-profile-type' }, typeSymbol(node.type, 18), elementTypeLabel(node.type)),
      h('h2', { id: titleId, tabindex: -1 }, node.name),
      h('button', { type: 'button', class: 'cm-icon-button cm-profile-close', 'aria-label': 'Close profile', onclick: () => this.actions.close() }, '×'),
    );

    const body = h('div', { class: 'cm-profile-body', id: `${this.root.id}-body` });
    if (node.anonymised) body.append(h('p', { class: 'cm-muted' }, 'Shown anonymously to protect their privacy.'));
    // Anonymised elements have no details: nothing to wait for.
    const about = (make: (d: ReturnType<MapDetails['element']>) => Node[]) => (node.anonymised ? [] : this.fromDetails(() => make(this.details.element(node.id))));
    body.append(
      ...about(({ summary, area }) => [
        ...(summary ? [h('p', { class: 'cm-profile-summary' }, summary)] : []),
        ...(area ? [h('p', { class: 'cm-profile-area' }, h('span', { class: 'cm-muted' }, 'Area: '), area)] : []),
      ]),
    );

    if (!node.anonymised) {
      const actions = h('div', { class: 'cm-profile-actions' }, h('a', { class: 'cm-button cm-button--primary', href: this.elementHref(node.id) }, 'Open page'));
      actions.append(...about(({ website }) => (website ? [h('a', { class: 'cm-button', href: website, rel: 'noopener noreferrer' }, 'Website')] : [])));
      body.append(actions);
    }

    body.append(this.focusControls());
    body.append(...about(({ contact }) => (contact ? [section('Contact', h('p', {}, contact))] : [])));
    if (node.care && hasCare(node.care)) body.append(section('Care offered', careLists(model, node.care)));
    const membership = this.membership(i);
    if (membership) body.append(section('Care Commons membership', membership));
    body.append(this.connections(i));
    body.append(...about(({ reviewed }) => (reviewed ? [h('p', { class: 'cm-muted cm-small' }, `Last reviewed ${longDate(reviewed)}.`)] : [])));

    this.root.replaceChildren(head, body);
    if (pending.length > 0) {
      void this.details.load().then(() => {
        if (this.pending === pending) for (const fill of pending.splice(0)) fill();
      });
    }
  }

  /** Nodes made from the details: now if they are here, or a placeholder they replace when they arrive. */
  private fromDetails(make: () => (Node | string)[]): (Node | string)[] {
    if (this.details.loaded) return make();
    const placeholder = document.createComment('');
    this.pending.push(() => placeholder.replaceWith(...make()));
    return [placeholder];
  }

  /** A connection's role and start date, as they follow the name of its other end. */
  private roleAndSince(l: number): (Node | string)[] {
    return this.fromDetails(() => {
      const { role, since } = this.details.connection(this.model, l);
      return [...(role ? [`, ${role}`] : []), ...(since ? [h('span', { class: 'cm-muted' }, ` (since ${longDate(since)})`)] : [])];
    });
  }

  private focusControls(): HTMLElement {
    const labels: Record<FocusDepth, string> = { 0: 'Whole map', 1: '1 step', 2: '2 steps', 3: '3 steps' };
    const group = h('div', { class: 'cm-segmented', role: 'group', 'aria-labelledby': `${this.root.id}-focus-label` });
    for (const depth of [0, 1, 2, 3] as const) {
      group.append(h('button', { type: 'button', 'data-depth': depth, 'aria-pressed': 'false', onclick: () => this.actions.focus(depth) }, labels[depth]));
    }
    return h('div', { class: 'cm-profile-focus' }, h('p', { id: `${this.root.id}-focus-label`, class: 'cm-small-heading' }, 'Focus on its neighbourhood'), group);
  }

  private membership(i: number): HTMLElement | null {
    const { model } = this;
    const node = model.nodes[i]!;
    const items: HTMLElement[] = [];
    let active = 0;
    let inactive = 0;
    for (let k = model.offsets[i]!; k < model.offsets[i + 1]!; k++) {
      const l = model.incident[k]!;
      const link = model.links[l]!;
      if (!isMembership(link.type)) continue;
      const j = otherEnd(model, l, i);
      const isActive = link.type === 'commons-membership';
      if (node.type === 'convening-partner' && model.nodes[j]!.type !== 'convening-partner') {
        if (isActive) active++;
        else inactive++;
        continue;
      }
      if (model.nodes[j]!.type !== 'convening-partner') continue;
      items.push(
        h(
          'li',
          {},
          h('strong', {}, isActive ? 'Active member' : 'Inactive member'),
          ' of ',
          this.elementButton(j),
          ...this.roleAndSince(l),
        ),
      );
    }
    if (node.type === 'convening-partner' && active + inactive > 0) {
      items.unshift(h('li', {}, `Convenes the care commons: ${plural(active, 'active member')}, ${plural(inactive, 'inactive member')}.`));
    }
    return items.length > 0 ? h('ul', { class: 'cm-plain-list' }, ...items) : null;
  }

  private connections(i: number): HTMLElement {
    const { model } = this;
    const wrap = section(`Connections (${model.degree[i]})`);
    if (model.degree[i] === 0) wrap.append(h('p', { class: 'cm-muted' }, 'No connections on this map.'));
    for (const info of CONNECTION_TYPES) {
      const ofType: number[] = [];
      for (let k = model.offsets[i]!; k < model.offsets[i + 1]!; k++) {
        const l = model.incident[k]!;
        if (model.links[l]!.type === info.id) ofType.push(l);
      }
      if (ofType.length === 0) continue;
      ofType.sort((a, b) => model.nodes[otherEnd(model, a, i)]!.name.localeCompare(model.nodes[otherEnd(model, b, i)]!.name, 'en'));
      const list = h('ul', { class: 'cm-connection-list' });
      const addItems = (from: number, to: number) => {
        for (const l of ofType.slice(from, to)) list.append(this.connectionItem(i, l));
      };
      addItems(0, FIRST_CONNECTIONS);
      const group = h('div', { class: 'cm-connection-group' }, h('h4', {}, connectionSample(info.id), `${info.label} (${ofType.length})`), list);
      if (ofType.length > FIRST_CONNECTIONS) {
        const more = h('button', { type: 'button', class: 'cm-link-button' }, `Show all ${ofType.length}`);
        more.addEventListener('click', () => {
          addItems(FIRST_CONNECTIONS, ofType.length);
          more.remove();
        });
        group.append(more);
      }
      wrap.append(group);
    }
    return wrap;
  }

  private connectionItem(i: number, l: number): HTMLElement {
    const { model } = this;
    const link = model.links[l]!;
    const j = otherEnd(model, l, i);
    const item = h(
      'li',
      {},
      this.elementButton(j),
      h('span', { class: 'cm-muted' }, ` · ${elementTypeLabel(model.nodes[j]!.type)}`),
      ...this.roleAndSince(l),
    );
    const care = link.care;
    if (hasCare(care)) {
      const receives = careReceiver(model, l) === i;
      item.append(h('div', { class: 'cm-flow' }, careLists(model, care, receives ? 'received' : 'given')));
    }
    item.append(
      ...this.fromDetails(() => {
        const { note } = this.details.connection(model, l);
        return note ? [h('div', { class: 'cm-muted cm-small' }, note)] : [];
      }),
    );
    return item;
  }

  private elementButton(j: number): HTMLButtonElement {
    return h('button', { type: 'button', class: 'cm-link-button', onclick: () => this.actions.select(j) }, this.model.nodes[j]!.name);
  }
}

function section(title: string, ...content: Node[]): HTMLElement {
  return h('section', { class: 'cm-profile-section' }, h('h3', {}, title), ...content);
}

/**
 * Care as labelled chips, formal and informal told apart by words and by line
 * style; along a connection (`flow`), inline and headed in plain words:
 * "Formal care given:", "Informal care received:".
 */
export function careLists(model: Pick<CareMapModel, 'careTypes'>, care: CareOffer, flow?: 'given' | 'received'): HTMLElement {
  const wrap = h('div', { class: flow ? 'cm-care cm-care--inline' : 'cm-care' });
  for (const form of ['formal', 'informal'] as const) {
    if (care[form].length === 0) continue;
    const name = form === 'formal' ? 'Formal care' : 'Informal care';
    wrap.append(
      h(
        'div',
        { class: 'cm-care-form' },
        h('span', { class: 'cm-care-heading' }, flow ? `${name} ${flow}:` : name),
        h('ul', { class: `cm-chips cm-chips--${form}`, 'aria-label': name }, ...care[form].map((id) => h('li', {}, careLabel(model, form, id)))),
      ),
    );
  }
  return wrap;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
