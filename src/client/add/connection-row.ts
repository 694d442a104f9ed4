import type { CareOffer } from '../../core/model.ts';
import { CARE_FORMS, type CareVocabulary } from '../../core/vocabulary/care-types.ts';
import { careGiver, connectionTypeInfo, connectionTypesBetween, type ConnectionType } from '../../core/vocabulary/connection-types.ts';
import { elementTypeWithArticle, type ElementType } from '../../core/vocabulary/element-types.ts';
import type { AddFormElement } from '../../site/add-form-file.ts';
import { ConnectionPicker } from './connection-picker.ts';
import { emptyCareOffer, type NewConnection } from './new-element.ts';

export type ConnectionPart = 'to' | 'type' | 'since' | 'role' | 'note' | 'care';

/** What a row needs to know of the element being added. */
export interface NewElementSide {
  type: ElementType | '';
  name: string;
  care: CareOffer;
}

/**
 * One connection of the form: the other element, a connection type from those
 * whose rule the pair keeps, and for a support connection the care that flows,
 * offered from the giver's own care. Since, role and note are optional.
 */
export class ConnectionRow {
  readonly item: HTMLLIElement;
  private readonly picker: ConnectionPicker;
  private readonly select: HTMLSelectElement;
  private readonly careBox: HTMLElement;
  private readonly careOptions: HTMLElement;
  private readonly careHint: HTMLElement;
  private readonly fields: Record<'since' | 'role' | 'note', HTMLInputElement>;
  private careKey = '';

  constructor(
    template: HTMLTemplateElement,
    readonly key: number,
    elements: readonly AddFormElement[],
    private readonly vocabulary: CareVocabulary,
    changed: () => void,
    remove: (row: ConnectionRow) => void,
  ) {
    this.item = (template.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
    const id = `connection-${key}`;
    const part = <T extends HTMLElement>(name: string) => this.item.querySelector<T>(`[data-part="${name}"]`)!;
    for (const name of ['to', 'type', 'since', 'role', 'note'] as const) {
      const control = this.item.querySelector<HTMLElement>(`[data-field="${name}"]`)!;
      control.id = `${id}-${name}`;
      this.item.querySelector(`[data-for="${name}"]`)!.setAttribute('for', control.id);
      this.item.querySelector(`[data-hint="${name}"]`)!.id = `${id}-${name}-hint`;
      this.item.querySelector(`[data-message="${name}"]`)!.id = `${id}-${name}-message`;
      control.setAttribute('aria-describedby', `${id}-${name}-hint ${id}-${name}-message`);
    }
    this.careBox = part('care');
    this.careBox.id = `${id}-care`;
    this.careHint = this.careBox.querySelector<HTMLElement>('[data-hint="care"]')!;
    this.careHint.id = `${id}-care-hint`;
    this.careBox.querySelector('[data-message="care"]')!.id = `${id}-care-message`;
    this.careBox.setAttribute('aria-describedby', `${id}-care-hint ${id}-care-message`);
    this.careOptions = part('care-options');
    const listbox = part<HTMLUListElement>('listbox');
    listbox.id = `${id}-options`;
    this.picker = new ConnectionPicker(this.item.querySelector<HTMLInputElement>('[data-field="to"]')!, listbox, elements, changed);
    this.select = this.item.querySelector<HTMLSelectElement>('[data-field="type"]')!;
    this.select.addEventListener('change', changed);
    this.careOptions.addEventListener('change', changed);
    this.fields = {
      since: this.item.querySelector<HTMLInputElement>('[data-field="since"]')!,
      role: this.item.querySelector<HTMLInputElement>('[data-field="role"]')!,
      note: this.item.querySelector<HTMLInputElement>('[data-field="note"]')!,
    };
    for (const input of Object.values(this.fields)) input.addEventListener('input', changed);
    part('remove').addEventListener('click', () => remove(this));
  }

  /** "Connection 2", after a row above was removed. */
  number(position: number): void {
    this.item.querySelector('[data-part="legend"]')!.textContent = `Connection ${position}`;
    this.item.querySelector('[data-part="remove"]')!.textContent = `Remove connection ${position}`;
  }

  focus(): void {
    this.item.querySelector<HTMLInputElement>('[data-field="to"]')!.focus();
  }

  /** The control a message about a part goes beside. */
  control(part: ConnectionPart): HTMLElement {
    return part === 'care' ? this.careBox : this.item.querySelector<HTMLElement>(`[data-field="${part}"]`)!;
  }

  /** Offers the connection types and the care that this pair allows, keeping what was chosen when it still fits. */
  update(own: NewElementSide): void {
    const other = this.picker.element;
    const allowed = own.type && other ? connectionTypesBetween(own.type, other.type) : [];
    const previous = this.select.value;
    const placeholder = !own.type
      ? 'Choose the type of the new element first'
      : !other
        ? 'Choose the other element first'
        : allowed.length === 0
          ? `No connection links ${elementTypeWithArticle(own.type)} and ${elementTypeWithArticle(other.type)}`
          : 'Choose a connection type';
    const options = [new Option(placeholder, ''), ...allowed.map((t) => new Option(t.label, t.id))];
    const same = [...this.select.options].map((o) => `${o.value}:${o.text}`).join('|') === options.map((o) => `${o.value}:${o.text}`).join('|');
    if (!same) {
      this.select.replaceChildren(...options);
      this.select.value = allowed.some((t) => t.id === previous) ? previous : allowed.length === 1 ? allowed[0]!.id : '';
    }
    this.select.disabled = allowed.length === 0;
    this.updateCare(own, other);
  }

  private updateCare(own: NewElementSide, other: AddFormElement | undefined): void {
    const type = this.select.value as ConnectionType | '';
    const flows = type !== '' && connectionTypeInfo(type).carriesCare && other !== undefined && own.type !== '';
    this.careBox.hidden = !flows;
    if (!flows) return;
    const giverIsOther = careGiver(own.type || undefined, other.type) === 'to';
    const offer = giverIsOther ? (other.care ?? emptyCareOffer()) : own.care;
    const giverName = giverIsOther ? other.name : own.name.trim() || 'the new element';
    const key = JSON.stringify([giverName, offer]);
    if (key === this.careKey) return;
    this.careKey = key;
    const ticked = this.care();
    const empty = CARE_FORMS.every((form) => offer[form].length === 0);
    this.careHint.textContent = empty
      ? giverIsOther
        ? `${giverName} lists no care it offers, so none can be chosen here.`
        : 'Tick the care it offers under "Care offered" above, then choose here what reaches this person.'
      : `What ${giverName} gives this person, from the care ${giverIsOther ? 'it offers' : 'ticked above'}.`;
    this.careOptions.replaceChildren(
      ...CARE_FORMS.filter((form) => offer[form].length > 0).map((form) => {
        const group = document.createElement('div');
        group.className = `care-form ${form}`;
        const heading = document.createElement('p');
        heading.className = 'hint';
        heading.textContent = form === 'formal' ? 'Formal care' : 'Informal care';
        group.append(
          heading,
          ...offer[form].map((id) => {
            const label = document.createElement('label');
            label.className = 'check';
            const box = document.createElement('input');
            box.type = 'checkbox';
            box.value = id;
            box.dataset['form'] = form;
            box.checked = ticked[form].includes(id);
            label.append(box, ` ${this.vocabulary[form][id] ?? id}`);
            return label;
          }),
        );
        return group;
      }),
    );
  }

  private care(): CareOffer {
    const offer = emptyCareOffer();
    if (this.careBox.hidden) return offer;
    for (const box of this.careOptions.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) offer[box.dataset['form'] as 'formal' | 'informal'].push(box.value);
    return offer;
  }

  value(): NewConnection {
    return {
      to: this.picker.value,
      type: this.select.value as ConnectionType | '',
      since: this.fields.since.value,
      role: this.fields.role.value,
      note: this.fields.note.value,
      care: this.care(),
    };
  }
}
