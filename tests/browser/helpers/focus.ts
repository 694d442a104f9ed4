import type { Page } from 'playwright-core';

/** What Tab reached: enough to say which stop it was. */
export interface FocusStop {
  /** Tag, classes and name, e.g. `button.cm-button "List view"`. */
  name: string;
  /** The stop is inside the map (its stage: drawing, list, legend, zoom). */
  inMap: boolean;
  /** Inside the filter panel. */
  inFilters: boolean;
  /** In the site's header: its title, navigation (a link per free page) and Menu button. */
  inSiteHeader: boolean;
  /** A row of the list view's element table. */
  listRow: boolean;
}

/** Presses Tab and says where focus went. */
export async function pressTab(page: Page, key = 'Tab'): Promise<FocusStop> {
  await page.keyboard.press(key);
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return { name: 'nothing', inMap: false, inFilters: false, inSiteHeader: false, listRow: false };
    const label = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const classes = typeof el.className === 'string' ? el.className : el.getAttribute('class') ?? '';
    return {
      name: `${el.localName}${classes ? `.${classes.split(' ').join('.')}` : ''} "${label}"`,
      inMap: !!el.closest('.cm-stage'),
      inFilters: !!el.closest('#cm-filters'),
      inSiteHeader: !!el.closest('.site-header'),
      listRow: !!el.closest('.cm-list tbody th'),
    };
  });
}

/** Presses Tab until a stop matches; returns the stops passed, the matching one last. Throws past the limit. */
export async function tabUntil(page: Page, matches: (stop: FocusStop) => boolean, limit = 60): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < limit; i++) {
    const stop = await pressTab(page);
    stops.push(stop);
    if (matches(stop)) return stops;
  }
  throw new Error(`${limit} Tabs did not get there: ${stops.map((s) => s.name).join(' → ')}`);
}

/**
 * How the focused element shows its focus, and whether any of it is cut off.
 * The indicator is the element's outline, the map's focus ring (an element of
 * the drawing), or a frame drawn by the element's ::after (the map's stage).
 * Its box must lie inside every ancestor that clips, and inside the window.
 */
export async function focusIndicator(page: Page): Promise<{ what: string; kind: 'outline' | 'ring' | 'frame' | 'none'; clippedBy: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | SVGElement | null;
    const what = el ? `${el.localName}.${el.getAttribute('class') ?? ''} "${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40)}"` : 'nothing';
    if (!el || el === document.body) return { what, kind: 'none' as const, clippedBy: null };
    let kind: 'outline' | 'ring' | 'frame' | 'none' = 'none';
    let box: { left: number; top: number; right: number; bottom: number } | null = null;
    const style = getComputedStyle(el);
    const after = getComputedStyle(el, '::after');
    const ring = el.classList.contains('cm-node') ? document.querySelector('.cm-focus-ring.is-on') : null;
    if (ring) {
      kind = 'ring';
      box = ring.getBoundingClientRect();
    } else if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) {
      kind = 'outline';
      const r = el.getBoundingClientRect();
      const out = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
      box = { left: r.left - out, top: r.top - out, right: r.right + out, bottom: r.bottom + out };
    } else if (after.content !== 'none' && after.content !== 'normal' && parseFloat(after.borderTopWidth) >= 2) {
      kind = 'frame';
      box = el.getBoundingClientRect();
    }
    if (!box) return { what, kind, clippedBy: null };
    const inside = (r: { left: number; top: number; right: number; bottom: number }) => box!.left >= r.left - 0.5 && box!.top >= r.top - 0.5 && box!.right <= r.right + 0.5 && box!.bottom <= r.bottom + 0.5;
    if (!inside({ left: 0, top: 0, right: innerWidth, bottom: innerHeight })) return { what, kind, clippedBy: 'the window' };
    for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      // The ancestor's padding box is what it clips to.
      const r = a.getBoundingClientRect();
      const clip = { left: r.left + a.clientLeft, top: r.top + a.clientTop, right: r.left + a.clientLeft + a.clientWidth, bottom: r.top + a.clientTop + a.clientHeight };
      if (!inside(clip)) return { what, kind, clippedBy: `${a.localName}.${a.className}` };
    }
    return { what, kind, clippedBy: null };
  });
}
