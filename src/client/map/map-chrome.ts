import { activeFilterCount } from '../../map/filters.ts';
import { stateToQuery, type CareMapState } from '../../map/map-state.ts';
import type { Insets } from './camera.ts';
import type { ListView } from './list-view.ts';
import type { MapRenderer } from './map-renderer.ts';

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const wide = matchMedia('(min-width: 900px)');

/** Finds a part of `<care-map>` the page rendered (`data-part="…"`). */
export type Piece = <T extends HTMLElement = HTMLElement>(name: string) => T;

export interface ChromeActions {
  resetFilters(): void;
  exitFocus(): void;
  /** Filters or the profile were first touched: what hides elements may come next. */
  touched(): void;
}

/**
 * The controls around the map, which the page renders: the filter panel's
 * button and close buttons, the list toggle, the zoom buttons, the focus
 * banner, the filter count and the map toggle's links (which carry the
 * state). Also says how much of the map they cover.
 */
export class MapChrome {
  constructor(
    private readonly root: HTMLElement,
    private readonly piece: Piece,
    list: ListView,
    renderer: MapRenderer,
    actions: ChromeActions,
  ) {
    const filtersButton = piece<HTMLButtonElement>('filters-button');
    const filtersOpen = () => piece('filters').checkVisibility();
    const setFilters = (open: boolean) => {
      root.dataset['filters'] = open ? 'open' : 'closed';
      filtersButton.setAttribute('aria-expanded', String(open));
    };
    filtersButton.setAttribute('aria-expanded', String(filtersOpen()));
    filtersButton.addEventListener('click', () => {
      const open = !filtersOpen();
      setFilters(open);
      if (open && !wide.matches) piece('filters').querySelector<HTMLElement>('input, button')?.focus();
    });
    for (const close of root.querySelectorAll<HTMLButtonElement>('[data-close-filters]')) {
      close.addEventListener('click', () => {
        setFilters(false);
        filtersButton.focus();
      });
    }
    piece('filters').addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !wide.matches) {
        setFilters(false);
        filtersButton.focus();
      }
    });
    piece<HTMLButtonElement>('reset').addEventListener('click', () => actions.resetFilters());

    const listButton = piece<HTMLButtonElement>('list-button');
    listButton.addEventListener('click', () => {
      const open = !list.isOpen;
      list.setOpen(open);
      root.classList.toggle('cm--list', open);
      listButton.setAttribute('aria-pressed', String(open));
      if (!open) renderer.fit(false);
    });

    for (const button of root.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
      button.addEventListener('click', () => {
        const how = button.dataset['zoom'];
        if (how === 'fit') renderer.fit(!reducedMotion.matches);
        else renderer.zoomBy(how === 'in' ? 1.5 : 1 / 1.5);
      });
    }
    piece('focus-exit').addEventListener('click', () => actions.exitFocus());

    // Filters and focus (in the profile) are what hide elements: the code that gathers the rest loads when they are first touched.
    for (const part of [piece('filters'), piece('profile')]) {
      for (const type of ['pointerover', 'focusin']) part.addEventListener(type, () => actions.touched(), { once: true });
    }
  }

  /** Filter count, the map toggle's links, the focus banner, for this state (`selectedName`: the selection's, if any). */
  update(state: CareMapState, selectedName: string | null): void {
    const { piece } = this;
    const count = activeFilterCount(state.filters);
    piece('filter-count').textContent = count > 0 ? `(${count})` : '';
    const query = stateToQuery(state);
    for (const link of this.root.querySelectorAll<HTMLAnchorElement>('[data-map-link]')) {
      link.href = `${link.dataset['mapLink']}${query}`;
    }
    const banner = piece('focus-banner');
    if (state.focus && selectedName !== null) {
      piece('focus-text').textContent = `${state.focus} ${state.focus === 1 ? 'step' : 'steps'} around ${selectedName}`;
      banner.hidden = false;
    } else banner.hidden = true;
  }

  /**
   * How much of the map's height the profile covers as a bottom sheet (0 when
   * it is closed or a side panel), also given to CSS as `--cm-sheet`, which
   * keeps the zoom buttons and the legend above it.
   */
  sheetCover(): number {
    const profile = this.piece('profile');
    const stage = this.piece('canvas').getBoundingClientRect();
    const rect = profile.hidden ? null : profile.getBoundingClientRect();
    const cover = rect && rect.width > stage.width * 0.5 ? Math.max(0, Math.round(stage.bottom - rect.top)) : 0;
    this.root.style.setProperty('--cm-sheet', `${cover}px`);
    return cover;
  }

  /** How much of each edge of the map the legend, zoom buttons, banners and a bottom-sheet profile cover. */
  insets(): Insets {
    const { root, piece } = this;
    const stage = piece('canvas').getBoundingClientRect();
    const inset = { top: 36, right: 12, bottom: 12, left: 12 };
    const visible = (el: Element | null) => el instanceof HTMLElement && el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) && el.getBoundingClientRect();
    const zoom = visible(root.querySelector('.cm-zoom'));
    if (zoom) inset.right = Math.max(inset.right, stage.right - zoom.left + 8);
    // The status line and the focus banner under it.
    const notes = visible(piece('notes'));
    if (notes) inset.top = Math.max(inset.top, notes.bottom - stage.top + 8);
    for (const el of [root.querySelector('.cm-legend'), piece('profile')]) {
      const rect = visible(el);
      if (!rect || rect.left >= stage.right || rect.top >= stage.bottom) continue;
      if (rect.width > stage.width * 0.5) inset.bottom = Math.max(inset.bottom, stage.bottom - rect.top + 8);
      else if (rect.height > stage.height * 0.3) inset.left = Math.max(inset.left, rect.right - stage.left + 8);
    }
    // Above a bottom sheet, the folded legend shares the little height left: frame the map beside it, not under it.
    const legend = visible(root.querySelector('.cm-legend'));
    if (legend && inset.bottom > stage.height * 0.3 && legend.width <= stage.width * 0.5) inset.left = Math.max(inset.left, legend.right - stage.left + 8);
    return inset;
  }
}
