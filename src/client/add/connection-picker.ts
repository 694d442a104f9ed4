import { elementTypeLabel } from '../../core/vocabulary/element-types.ts';
import type { AddFormElement } from '../../site/add-form-file.ts';

const SHOWN = 12;

/** Lowercase, without accents, so "cafe" finds "Café". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * Choosing the other element of a connection by name: a combobox (ARIA's
 * "list autocomplete") over the public elements. Typing filters by every word
 * of the name; arrows move, Enter or a tap chooses, Escape closes.
 */
export class ConnectionPicker {
  private chosen: AddFormElement | undefined;
  private matches: AddFormElement[] = [];
  private active = -1;
  private readonly folded: { element: AddFormElement; name: string }[];

  constructor(
    private readonly input: HTMLInputElement,
    private readonly listbox: HTMLUListElement,
    elements: readonly AddFormElement[],
    private readonly changed: () => void,
  ) {
    this.folded = elements.map((element) => ({ element, name: fold(element.name) }));
    input.setAttribute('aria-controls', listbox.id);
    input.addEventListener('input', () => {
      this.chosen = undefined;
      this.open();
      this.changed();
    });
    input.addEventListener('focus', () => {
      if (!this.chosen) this.open();
    });
    input.addEventListener('keydown', (event) => this.key(event));
    input.addEventListener('blur', () => {
      // A name typed in full is as good as chosen.
      const exact = this.chosen ? [] : this.folded.filter(({ name }) => name === fold(this.input.value.trim()));
      if (exact.length === 1) {
        this.chosen = exact[0]!.element;
        this.input.value = this.chosen.name;
        this.changed();
      }
      this.close();
    });
    // pointerdown, not click: the choice is made before the input loses focus.
    listbox.addEventListener('pointerdown', (event) => {
      const item = (event.target as Element).closest<HTMLElement>('[data-index]');
      if (!item) return;
      event.preventDefault();
      this.choose(Number(item.dataset['index']));
    });
  }

  /** The slug chosen, or '' while none is. */
  get value(): string {
    return this.chosen?.id ?? '';
  }

  get element(): AddFormElement | undefined {
    return this.chosen;
  }

  private open(): void {
    const words = fold(this.input.value).split(/\s+/).filter(Boolean);
    this.matches = this.folded.filter(({ name }) => words.every((w) => name.includes(w))).map(({ element }) => element);
    this.active = -1;
    this.render();
  }

  private render(): void {
    const shown = this.matches.slice(0, SHOWN);
    this.listbox.replaceChildren(
      ...shown.map((element, index) => {
        const item = document.createElement('li');
        item.id = `${this.listbox.id}-${index}`;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', String(index === this.active));
        item.dataset['index'] = String(index);
        const name = document.createElement('span');
        name.textContent = element.name;
        const type = document.createElement('span');
        type.className = 'picker-type';
        type.textContent = elementTypeLabel(element.type);
        item.append(name, type);
        return item;
      }),
    );
    if (shown.length === 0) {
      const none = document.createElement('li');
      none.className = 'picker-none';
      none.setAttribute('role', 'option');
      none.setAttribute('aria-disabled', 'true');
      none.setAttribute('aria-selected', 'false');
      none.textContent = 'No public element has that name';
      this.listbox.append(none);
    } else if (this.matches.length > SHOWN) {
      const more = document.createElement('li');
      more.className = 'picker-none';
      more.setAttribute('role', 'option');
      more.setAttribute('aria-disabled', 'true');
      more.setAttribute('aria-selected', 'false');
      more.textContent = `${this.matches.length - SHOWN} more: type more of the name`;
      this.listbox.append(more);
    }
    this.listbox.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    if (this.active >= 0) {
      this.input.setAttribute('aria-activedescendant', `${this.listbox.id}-${this.active}`);
      this.listbox.children[this.active]?.scrollIntoView({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  private close(): void {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private choose(index: number): void {
    const element = this.matches[index];
    if (!element) return;
    this.chosen = element;
    this.input.value = element.name;
    this.close();
    this.changed();
  }

  private key(event: KeyboardEvent): void {
    const count = Math.min(this.matches.length, SHOWN);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (this.listbox.hidden) this.open();
      if (count === 0) return;
      this.active = event.key === 'ArrowDown' ? (this.active + 1) % count : (this.active - 1 + count) % count;
      this.render();
    } else if (event.key === 'Enter' && !this.listbox.hidden && (this.active >= 0 || this.matches.length === 1)) {
      event.preventDefault();
      this.choose(Math.max(this.active, 0));
    } else if (event.key === 'Escape' && !this.listbox.hidden) {
      event.preventDefault();
      this.close();
    }
  }
}
