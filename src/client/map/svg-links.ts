import { CONNECTION_STYLES } from '../../appearance/connection-styles.ts';
import { CONNECTION_TYPE_IDS, type ConnectionType } from '../../core/vocabulary/connection-types.ts';
import type { CareMapModel } from '../../map/care-map-model.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** The fade of map.css (`.cm-link` transition), and a little more. */
const FADE_MS = 300;

const ENTERING = 1;
const LEAVING = 2;

/** Connections to a path: few enough, and close enough together, that a zoomed-in view or a raster tile skips most paths. */
const CHUNK = 48;

/** Some connections of a solid type, near one another: a few paths. */
interface Merged {
  links: Int32Array;
  /** Shown, not highlighted, not fading in. */
  base: SVGPathElement;
  /** Fading in (at rest, hidden) or out (at rest, shown) during a filter change. */
  entering: SVGPathElement;
  leaving: SVGPathElement;
  /** The selection's connections. */
  lit: SVGPathElement;
}

/** A dashed connection type: one line each, in a group that carries the style (and one above, for the highlighted). */
interface Lines {
  links: Int32Array;
  group: SVGGElement;
  litGroup: SVGGElement;
}

/**
 * The connections of the SVG map. Solid ones are drawn as paths, a few for
 * each run of up to 48 nearby connections of one type — the shown, the
 * highlighted, those fading in or out — rather than one element each:
 * connections take no input of their own, and a thousand and more elements
 * cost the browser far more to style, lay out and paint than a few dozen
 * paths. Runs of nearby connections keep what a zoomed-in view or a raster
 * tile has to draw close to what it shows. A change rewrites the paths of the
 * types it touches. Dashed ones stay one line each: the browser skips a line
 * that is off screen, but would lay dashes along the whole of a long path at
 * every zoomed-in frame.
 */
export class SvgLinks {
  /** Per connection type: its chunks when solid, null when dashed. */
  private readonly merged: (Merged[] | null)[];
  private readonly lines: (Lines | null)[];
  private readonly lineEls: (SVGLineElement | undefined)[] = [];
  private readonly typeOf: Uint8Array;
  private readonly lit: Uint8Array;
  private readonly fade: Uint8Array;
  /** A line that moved while hidden: written when shown again. */
  private readonly dirty: Uint8Array;
  private shown: Uint8Array;
  private fading = 0;

  constructor(
    private readonly model: CareMapModel,
    private readonly x: Float64Array,
    private readonly y: Float64Array,
    shown: Uint8Array,
    group: SVGGElement,
  ) {
    const n = model.links.length;
    this.shown = shown;
    this.lit = new Uint8Array(n);
    this.fade = new Uint8Array(n);
    this.dirty = new Uint8Array(n);
    this.typeOf = new Uint8Array(n);
    const members: number[][] = CONNECTION_TYPE_IDS.map(() => []);
    model.links.forEach((link, l) => {
      const t = CONNECTION_TYPE_IDS.indexOf(link.type);
      this.typeOf[l] = t;
      members[t]!.push(l);
    });
    // Types in drawing order — memberships under support — and the highlighted connections above them all.
    const lit: SVGElement[] = [];
    this.merged = [];
    this.lines = [];
    CONNECTION_TYPE_IDS.forEach((type, t) => {
      const links = Int32Array.from(members[t]!);
      if (CONNECTION_STYLES[type].dash) {
        const lines: Lines = { links, group: styled(type, 'g', 'cm-link-lines'), litGroup: styled(type, 'g', 'cm-link-lines') };
        for (const l of links) {
          const el = document.createElementNS(SVG, 'line');
          el.setAttribute('class', 'cm-link');
          this.lineEls[l] = el;
          this.writeLine(l);
          lines.group.append(el);
        }
        group.append(lines.group);
        lit.push(lines.litGroup);
        this.lines.push(lines);
        this.merged.push(null);
      } else {
        const chunks = nearTogether(links, (l) => (x[model.source[l]!]! + x[model.target[l]!]!) / 2, (l) => (y[model.source[l]!]! + y[model.target[l]!]!) / 2).map(
          (part): Merged => ({
            links: part,
            base: styled(type, 'path', 'cm-link'),
            // At rest, the path that fades in is hidden and the one that fades out shown: a change then runs the transition.
            entering: styled(type, 'path', 'cm-link is-hidden'),
            leaving: styled(type, 'path', 'cm-link'),
            lit: styled(type, 'path', 'cm-link is-lit'),
          }),
        );
        for (const c of chunks) group.append(c.leaving, c.base, c.entering);
        lit.push(...chunks.map((c) => c.lit));
        this.merged.push(chunks);
        this.lines.push(null);
      }
    });
    group.append(...lit);
    this.redraw(null);
  }

  /** Shown connections changed. With `fade`, those that go fade out and those that come fade in. */
  setShown(previous: Uint8Array, next: Uint8Array, fade: boolean): void {
    this.endFade();
    this.shown = next;
    let any = false;
    for (let l = 0; l < next.length; l++) {
      if (next[l] === previous[l]) continue;
      const line = this.lineEls[l];
      if (line) {
        line.classList.toggle('is-hidden', !next[l]);
        if (next[l] && this.dirty[l]) this.writeLine(l);
      } else if (fade) {
        this.fade[l] = next[l] ? ENTERING : LEAVING;
        any = true;
      }
    }
    if (any) {
      for (const m of this.merged.flat()) {
        m?.entering.classList.remove('is-hidden');
        m?.leaving.classList.add('is-hidden');
      }
      this.fading = window.setTimeout(() => this.endFade(), FADE_MS);
    }
    this.redraw(null);
  }

  /** The highlighted connections changed. */
  setLit(previous: readonly number[], next: readonly number[]): void {
    const touched = new Uint8Array(CONNECTION_TYPE_IDS.length);
    for (const l of previous) {
      this.lit[l] = 0;
      touched[this.typeOf[l]!] = 1;
    }
    for (const l of next) {
      this.lit[l] = 1;
      touched[this.typeOf[l]!] = 1;
    }
    // Lines go up to the highlighted group, and back.
    for (const l of previous) this.placeLine(l);
    for (const l of next) this.placeLine(l);
    this.redraw(touched);
  }

  private placeLine(l: number): void {
    const line = this.lineEls[l];
    if (!line || line.classList.contains('is-lit') === !!this.lit[l]) return;
    line.classList.toggle('is-lit', !!this.lit[l]);
    const lines = this.lines[this.typeOf[l]!]!;
    (this.lit[l] ? lines.litGroup : lines.group).append(line);
  }

  /** Ends of these connections moved (null: any). */
  moved(links: readonly number[] | null): void {
    const touched = new Uint8Array(CONNECTION_TYPE_IDS.length);
    const each = (l: number) => {
      touched[this.typeOf[l]!] = 1;
      if (!this.lineEls[l]) return;
      if (this.shown[l]) this.writeLine(l);
      else this.dirty[l] = 1;
    };
    if (links) links.forEach(each);
    else for (let l = 0; l < this.typeOf.length; l++) each(l);
    this.redraw(touched);
  }

  destroy(): void {
    clearTimeout(this.fading);
  }

  private endFade(): void {
    if (!this.fading) return;
    clearTimeout(this.fading);
    this.fading = 0;
    this.fade.fill(0);
    for (const m of this.merged.flat()) {
      m?.entering.classList.add('is-hidden');
      m?.leaving.classList.remove('is-hidden');
    }
    this.redraw(null);
  }

  /** Rewrites the paths of the touched types (null: all). */
  private redraw(touched: Uint8Array | null): void {
    this.merged.forEach((chunks, t) => {
      if (chunks && (!touched || touched[t])) for (const chunk of chunks) this.redrawChunk(chunk);
    });
  }

  private redrawChunk(m: Merged): void {
    let base = '';
    let entering = '';
    let leaving = '';
    let lit = '';
    for (const l of m.links) {
      const fade = this.fade[l];
      if (fade === LEAVING) leaving += this.segment(l);
      else if (!this.shown[l]) continue;
      else if (this.lit[l]) lit += this.segment(l);
      else if (fade === ENTERING) entering += this.segment(l);
      else base += this.segment(l);
    }
    setPath(m.base, base);
    setPath(m.entering, entering);
    setPath(m.leaving, leaving);
    setPath(m.lit, lit);
  }

  private segment(l: number): string {
    const s = this.model.source[l]!;
    const t = this.model.target[l]!;
    return `M${this.x[s]!.toFixed(1)} ${this.y[s]!.toFixed(1)}L${this.x[t]!.toFixed(1)} ${this.y[t]!.toFixed(1)}`;
  }

  private writeLine(l: number): void {
    this.dirty[l] = 0;
    const el = this.lineEls[l]!;
    const s = this.model.source[l]!;
    const t = this.model.target[l]!;
    el.setAttribute('x1', this.x[s]!.toFixed(1));
    el.setAttribute('y1', this.y[s]!.toFixed(1));
    el.setAttribute('x2', this.x[t]!.toFixed(1));
    el.setAttribute('y2', this.y[t]!.toFixed(1));
  }
}

/**
 * Splits connections into runs of at most CHUNK that lie near one another:
 * ordered along a Z-order curve through their midpoints, then cut.
 */
function nearTogether(links: Int32Array, midX: (l: number) => number, midY: (l: number) => number): Int32Array[] {
  if (links.length <= CHUNK) return [links];
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const l of links) {
    minX = Math.min(minX, midX(l));
    maxX = Math.max(maxX, midX(l));
    minY = Math.min(minY, midY(l));
    maxY = Math.max(maxY, midY(l));
  }
  const scale = 1023 / Math.max(maxX - minX, maxY - minY, 1e-9);
  const code = (l: number) => interleave(Math.round((midX(l) - minX) * scale)) | (interleave(Math.round((midY(l) - minY) * scale)) << 1);
  const codes = new Map<number, number>();
  for (const l of links) codes.set(l, code(l));
  const ordered = Int32Array.from(links).sort((a, b) => codes.get(a)! - codes.get(b)! || a - b);
  const chunks: Int32Array[] = [];
  for (let k = 0; k < ordered.length; k += CHUNK) chunks.push(ordered.subarray(k, k + CHUNK));
  return chunks;
}

/** The bits of a 10-bit number spread to the even positions: one coordinate of a Z-order (Morton) code. */
function interleave(v: number): number {
  v &= 0x3ff;
  v = (v | (v << 8)) & 0x00ff00ff;
  v = (v | (v << 4)) & 0x0f0f0f0f;
  v = (v | (v << 2)) & 0x33333333;
  return (v | (v << 1)) & 0x55555555;
}

/** A path or group with a connection type's stroke (inherited by a group's lines). */
function styled<K extends 'path' | 'g'>(type: ConnectionType, tag: K, className: string): SVGElementTagNameMap[K] {
  const style = CONNECTION_STYLES[type];
  const el = document.createElementNS(SVG, tag);
  el.setAttribute('class', className);
  el.setAttribute('fill', 'none');
  el.setAttribute('stroke', style.stroke);
  el.setAttribute('stroke-width', String(style.width));
  if (style.dash) el.setAttribute('stroke-dasharray', style.dash);
  el.setAttribute('data-type', type);
  return el;
}

function setPath(el: SVGPathElement, d: string): void {
  if (el.getAttribute('d') === d) return;
  if (d) el.setAttribute('d', d);
  else el.removeAttribute('d');
}
