import { elementTypeLabel } from '../../core/vocabulary/element-types.ts';
import type { CareMapModel } from '../../map/care-map-model.ts';
import { h, typeSymbol } from './create.ts';
import type { MapDetails } from './details.ts';

export interface SearchHooks {
  /** A result was chosen. */
  choose(i: number): void;
  /** The matches changed: all of them, best first, or null when the box is empty. */
  matched(matches: number[] | null, query: string): void;
  isShown(i: number): boolean;
}

const RESULTS = 8;

/**
 * The search box, an ARIA 1.2 combobox: type to see results, arrows to move,
 * Enter to choose, Escape to close (and again to clear). The index is built on
 * first focus, from a chunk and the details file, both loaded only then.
 */
export class SearchBox {
  private search: ((query: string) => number[]) | null = null;
  private loading: Promise<void> | null = null;
  private results: number[] = [];
  private active = -1;
  private seq = 0;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly listbox: HTMLElement,
    private readonly status: HTMLElement,
    private readonly model: CareMapModel,
    private readonly details: MapDetails,
    private readonly hooks: SearchHooks,
  ) {
    input.addEventListener('focus', () => void this.load());
    input.addEventListener('input', () => void this.run());
    input.addEventListener('keydown', (event) => this.onKey(event));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 120));
    // Keep focus in the box while a result is clicked.
    listbox.addEventListener('mousedown', (event) => event.preventDefault());
    listbox.addEventListener('click', (event) => {
      const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
      if (option) this.choose(Number(option.dataset['i']));
    });
  }

  get query(): string {
    return this.input.value.trim();
  }

  /** Puts text in the box and searches, results closed (a link's or Back's search). */
  setQuery(text: string): void {
    this.input.value = text;
    void this.run(false);
  }

  /** Runs the current query again, e.g. after filters changed what is shown. */
  refresh(): void {
    if (this.query && this.search) void this.run(false);
  }

  private load(): Promise<void> {
    // Without the details (offline, say) the search still finds names, tags and care.
    this.loading ??= Promise.all([import('./search-index.ts'), this.details.load()]).then(([{ createSearch }]) => {
      this.search = createSearch(this.model, this.details);
    });
    return this.loading;
  }

  private async run(open = true): Promise<void> {
    const seq = ++this.seq;
    const query = this.query;
    if (!query) {
      this.results = [];
      this.close();
      this.status.textContent = '';
      this.hooks.matched(null, '');
      return;
    }
    await this.load();
    if (seq !== this.seq) return;
    const matches = this.search!(query);
    this.hooks.matched(matches, query);
    // Shown elements first: a hidden one can still be found, but it is said so.
    const shown = matches.filter((i) => this.hooks.isShown(i));
    const hidden = matches.filter((i) => !this.hooks.isShown(i));
    this.results = [...shown, ...hidden].slice(0, RESULTS);
    this.active = -1;
    this.render();
    this.status.textContent = matches.length === 0 ? 'No results' : `${matches.length} ${matches.length === 1 ? 'result' : 'results'}${matches.length > RESULTS ? `, first ${RESULTS} listed` : ''}`;
    if (open || !this.listbox.hidden) this.open();
  }

  private render(): void {
    const items = this.results.map((i, k) => {
      const node = this.model.nodes[i]!;
      const hidden = !this.hooks.isShown(i);
      const detail = [elementTypeLabel(node.type), this.details.element(node.id).area].filter(Boolean).join(' · ');
      return h(
        'li',
        { id: `${this.listbox.id}-${k}`, role: 'option', 'aria-selected': 'false', 'data-i': i, class: hidden ? 'is-filtered' : undefined },
        typeSymbol(node.type, 16),
        h('span', { class: 'cm-result-text' }, h('span', { class: 'cm-result-name' }, node.name), h('span', { class: 'cm-result-detail' }, hidden ? `${detail} · hidden by filters` : detail)),
      );
    });
    if (items.length === 0) items.push(h('li', { class: 'cm-result-empty', role: 'presentation' }, 'Nothing found'));
    this.listbox.replaceChildren(...items);
  }

  private open(): void {
    this.listbox.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  private setActive(k: number): void {
    const options = this.listbox.querySelectorAll<HTMLElement>('[role="option"]');
    options.forEach((o, n) => o.setAttribute('aria-selected', String(n === k)));
    this.active = k;
    const option = options[k];
    if (option) {
      this.input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  private onKey(event: KeyboardEvent): void {
    const count = this.results.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (count === 0) return;
        if (this.listbox.hidden) this.open();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.setActive(this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count);
        return;
      }
      case 'Enter': {
        if (count === 0) return;
        event.preventDefault();
        this.choose(this.results[this.active < 0 ? 0 : this.active]!);
        return;
      }
      case 'Escape': {
        if (!this.listbox.hidden) {
          event.preventDefault();
          this.close();
        } else if (this.input.value) {
          event.preventDefault();
          this.input.value = '';
          void this.run();
        }
        return;
      }
    }
  }

  /** The profile that opens is the answer: the box empties, ready for the next search, and the list view stops narrowing. */
  private choose(i: number): void {
    this.input.value = '';
    this.close();
    this.hooks.choose(i);
    void this.run(false);
  }
}
