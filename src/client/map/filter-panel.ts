import { countUnit, type FacetCounts } from '../../map/facet-counts.ts';
import { activeFilterCount, FILTER_GROUPS, noFilters, type CareMapFilters } from '../../map/filters.ts';

/**
 * The filter form is rendered at build time, with each option's count; this
 * reads it into filters and writes filters back into it (after Back, or a
 * shared link). Each checkbox's name is its group and its value the option,
 * so the form and the URL say the same thing. Each count says what choosing
 * that option would show given the other groups' choices, and is rewritten on
 * every change (`facetCounts`).
 */
export class FilterPanel {
  constructor(
    private readonly form: HTMLFormElement,
    onChange: (filters: CareMapFilters) => void,
  ) {
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('change', () => onChange(this.read()));
  }

  read(): CareMapFilters {
    const filters = noFilters();
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      const group = box.name as keyof CareMapFilters;
      if (FILTER_GROUPS.includes(group)) (filters[group] as string[]).push(box.value);
    }
    return filters;
  }

  write(filters: CareMapFilters): void {
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const group = box.name as keyof CareMapFilters;
      if (FILTER_GROUPS.includes(group)) box.checked = (filters[group] as string[]).includes(box.value);
    }
    // A collapsed group with a choice in it opens, so the choice is never out of sight.
    for (const details of this.form.querySelectorAll<HTMLDetailsElement>('details[data-group]')) {
      const group = details.dataset['group'] as keyof CareMapFilters;
      const n = filters[group]?.length ?? 0;
      if (n > 0) details.open = true;
      const badge = details.querySelector('[data-chosen]');
      if (badge) badge.textContent = n > 0 ? `${n} chosen` : '';
    }
    const reset = this.form.querySelector<HTMLButtonElement>('[data-part="reset"]');
    // aria-disabled, not disabled: a focused button that disables itself would drop keyboard focus.
    reset?.setAttribute('aria-disabled', String(activeFilterCount(filters) === 0));
  }

  /** Each option's count, as `facetCounts` gives it for the filters just written. */
  writeCounts(counts: FacetCounts): void {
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const group = box.name as keyof CareMapFilters;
      if (!FILTER_GROUPS.includes(group)) continue;
      const count = box.closest('label')?.querySelector<HTMLElement>('[data-count]');
      if (count) writeCount(count, counts[group].get(box.value) ?? 0);
    }
  }
}

/** The number, and after it the words a screen reader reads ("3 elements"); untouched when unchanged. */
function writeCount(count: HTMLElement, n: number): void {
  const number = count.firstChild;
  if (number?.nodeType !== Node.TEXT_NODE || number.textContent === String(n)) return;
  number.textContent = String(n);
  const words = count.querySelector('.visually-hidden');
  if (words) words.textContent = ` ${countUnit(n, count.dataset['unit'] ?? 'elements')}`;
}
