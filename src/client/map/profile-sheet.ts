import { h } from './create.ts';

/** A drag of the handle further than this (px) collapses or expands the sheet; less is a tap. */
const DRAG = 40;

/**
 * The profile as a bottom sheet on a narrow screen (map.css): its handle is a
 * real button, with `aria-expanded`, that collapses the sheet to a peek (the
 * head: type, name, close) and expands it again, by a tap, a key or a drag
 * of the handle. On a wide screen the handle is not drawn and the profile is
 * always whole. The map re-frames when the sheet's height changes.
 */
export class ProfileSheet {
  readonly handle: HTMLButtonElement;
  private expanded = true;

  constructor(private readonly root: HTMLElement, bodyId: string) {
    this.handle = h('button', { type: 'button', class: 'cm-sheet-handle', 'aria-label': 'Whole profile', 'aria-controls': bodyId });
    let start: number | null = null;
    let dragged = false;
    this.handle.addEventListener('click', () => {
      if (dragged) dragged = false;
      else this.setExpanded(!this.expanded);
    });
    this.handle.addEventListener('pointerdown', (event) => {
      start = event.clientY;
      dragged = false;
      this.handle.setPointerCapture(event.pointerId);
    });
    this.handle.addEventListener('pointermove', (event) => {
      if (start === null) return;
      const dy = event.clientY - start;
      // The sheet follows a finger pulling it down; a pull up takes effect when the finger lifts.
      root.style.transform = this.expanded && dy > 0 ? `translateY(${dy}px)` : '';
    });
    const end = (event: PointerEvent) => {
      if (start === null) return;
      const dy = event.clientY - start;
      start = null;
      root.style.transform = '';
      if (Math.abs(dy) < DRAG) return;
      dragged = true;
      this.setExpanded(dy < 0);
    };
    this.handle.addEventListener('pointerup', end);
    this.handle.addEventListener('pointercancel', end);
    this.setExpanded(true);
  }

  setExpanded(expanded: boolean): void {
    this.expanded = expanded;
    this.root.dataset['sheet'] = expanded ? 'full' : 'peek';
    this.handle.setAttribute('aria-expanded', String(expanded));
  }
}
