import { CONNECTION_STYLES } from '../../appearance/connection-styles.ts';
import { ELEMENT_SYMBOLS, SYMBOL_STROKE } from '../../appearance/element-symbols.ts';
import { longDate, today } from '../../core/calendar.ts';
import { CONNECTION_TYPES } from '../../core/vocabulary/connection-types.ts';
import { ELEMENT_TYPES } from '../../core/vocabulary/element-types.ts';
import type { Shown } from '../../map/filters.ts';
import type { DrawingHost } from './drawing.ts';
import type { Scene } from './scene.ts';
import { SvgDrawing } from './svg-drawing.ts';

/**
 * The view on screen as a picture: the SVG drawing of the map (svg-drawing.ts,
 * whatever draws it on screen), as it is now — filters, focus, selection, pan
 * and zoom, labels — with a title above and a legend of what is shown below.
 * Styles come from the page's own CSS (map.css), read off the drawing and
 * written onto it, so the file stands alone. The PNG is that SVG drawn on a
 * canvas at twice the size. Loaded on first use (share-menu.ts).
 */

const SVG = 'http://www.w3.org/2000/svg';
const PNG_SCALE = 2;
const PAD = 16;
const TITLE_PX = 20;
const TEXT_PX = 13;
const LINE_PX = 18;
const LEGEND_ROW = 22;
/** A character's width in ems, a little over the average of the usual sans-serif fonts: text is placed without being laid out. */
const CHAR_EM = 0.62;
/** The computed styles that make the drawing look as it does, written onto each shape. */
const SHAPE_STYLES = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'opacity', 'paint-order', 'vector-effect'];
const TEXT_STYLES = ['font-size', 'font-weight', 'font-family', 'text-anchor', 'dominant-baseline'];
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const INK = '#1f2937';
const INK_SOFT = '#4b5563';

export type PictureKind = 'svg' | 'png';

/** Makes the picture of the view and downloads it as `<map-id>-<YYYY-MM-DD>.<kind>`; returns the file's name. */
export async function downloadPicture(scene: Readonly<Scene>, root: HTMLElement, kind: PictureKind): Promise<string> {
  const svg = pictureOf(scene, root);
  const text = new XMLSerializer().serializeToString(svg);
  const name = `${root.dataset['map'] ?? 'map'}-${today()}.${kind}`;
  const blob = kind === 'svg' ? new Blob([text], { type: 'image/svg+xml' }) : await pngOf(text, Number(svg.getAttribute('width')), Number(svg.getAttribute('height')));
  save(blob, name);
  return name;
}

/** The standalone SVG of the view: title, the map as drawn, the legend. */
export function pictureOf(scene: Readonly<Scene>, root: HTMLElement): SVGSVGElement {
  const width = Math.round(scene.width);
  const mapHeight = Math.round(scene.height);
  const title = root.dataset['title'] ?? 'Care map';
  const focus = root.querySelector<HTMLElement>('[data-part="focus-banner"]:not([hidden]) [data-part="focus-text"]')?.textContent;
  const status = root.querySelector('[data-part="status"]')?.textContent ?? '';
  const subtitle = [focus ? `Focus: ${focus}.` : '', status, longDate(today())].filter(Boolean).join(' ');

  const picture = svgEl('svg', { xmlns: SVG, 'font-family': FONT });
  const lines = wrap(subtitle, (width - 2 * PAD) / (TEXT_PX * CHAR_EM));
  const top = PAD + TITLE_PX + 6 + lines.length * LINE_PX + PAD / 2;
  const legend = legendOf(scene, width);
  const height = top + mapHeight + legend.height;
  picture.setAttribute('width', String(width));
  picture.setAttribute('height', String(height));
  picture.setAttribute('viewBox', `0 0 ${width} ${height}`);
  picture.append(
    svgEl('title', {}, title),
    svgEl('desc', {}, subtitle),
    svgEl('rect', { width: String(width), height: String(height), fill: '#ffffff' }),
    svgEl('text', { x: String(PAD), y: String(PAD + TITLE_PX), 'font-size': String(TITLE_PX), 'font-weight': '700', fill: INK }, title),
    ...lines.map((line, k) => svgEl('text', { x: String(PAD), y: String(PAD + TITLE_PX + 6 + TEXT_PX + k * LINE_PX), 'font-size': String(TEXT_PX), fill: INK_SOFT }, line)),
  );
  const map = svgEl('svg', { x: '0', y: String(top), width: String(width), height: String(mapHeight), viewBox: `0 0 ${width} ${mapHeight}`, overflow: 'hidden' });
  map.append(svgEl('rect', { width: String(width), height: String(mapHeight), fill: '#fbfaf8' }), ...drawnMap(scene, root));
  legend.group.setAttribute('transform', `translate(0,${top + mapHeight})`);
  picture.append(map, legend.group);
  return picture;
}

/** The map as the SVG drawing draws it, styled by the page's CSS and then left with only what is shown. */
function drawnMap(scene: Readonly<Scene>, root: HTMLElement): Element[] {
  const quiet: DrawingHost = { key() {}, choose() {}, hover() {}, nearest: () => -1, dragStart() {}, dragBy() {}, dragEnd() {}, describe: () => '', motion: () => false };
  const drawing = new SvgDrawing(scene, quiet, '');
  const everything: Shown = { ...scene.shown, nodes: new Uint8Array(scene.shown.nodes.length).fill(1) };
  drawing.drawShown(everything);
  drawing.drawSelection(-1, [], []);
  drawing.drawView();
  drawing.drawLabels();
  // In the map's own box, unseen, so that map.css styles it exactly as the map on screen.
  const svg = drawing.svg;
  svg.style.cssText = 'position:absolute;inset:0;opacity:0;pointer-events:none';
  svg.setAttribute('aria-hidden', 'true');
  (root.querySelector('[data-part="canvas"]') ?? root).append(svg);
  try {
    for (const el of svg.querySelectorAll('.is-hidden, .cm-focus-ring, .cm-label--hover')) el.remove();
    for (const el of svg.querySelectorAll<SVGElement>('path, line, circle, text')) {
      const style = getComputedStyle(el);
      for (const name of el.localName === 'text' ? [...SHAPE_STYLES, ...TEXT_STYLES] : SHAPE_STYLES) {
        const value = style.getPropertyValue(name);
        if (value && value !== 'none' && !(name === 'opacity' && value === '1')) el.setAttribute(name, value);
        else if (name === 'fill' && value === 'none') el.setAttribute('fill', 'none');
      }
    }
    for (const el of [svg, ...svg.querySelectorAll('*')]) {
      for (const name of [...el.getAttributeNames()]) if (name === 'class' || name === 'style' || name === 'tabindex' || name === 'role' || name.startsWith('data-') || name.startsWith('aria-')) el.removeAttribute(name);
    }
  } finally {
    svg.remove();
    drawing.destroy();
  }
  return [...svg.children];
}

/** The legend of what the view shows: its element types, with their symbols, and its connection types, with their lines. */
function legendOf(scene: Readonly<Scene>, width: number): { group: SVGGElement; height: number } {
  const { model, shown } = scene;
  const types = new Set<string>();
  const links = new Set<string>();
  model.nodes.forEach((node, i) => shown.nodes[i] && types.add(node.type));
  model.links.forEach((link, l) => shown.links[l] && links.add(link.type));
  const items: { label: string; mark: SVGElement; markWidth: number }[] = [];
  for (const t of ELEMENT_TYPES) {
    if (!types.has(t.id)) continue;
    const symbol = ELEMENT_SYMBOLS[t.id];
    items.push({ label: t.label, markWidth: 16, mark: svgEl('path', { d: symbol.path, fill: symbol.fill, stroke: SYMBOL_STROKE, 'stroke-width': '0.16', 'stroke-linejoin': 'round', transform: 'translate(8,0) scale(6.5)' }) });
  }
  for (const t of CONNECTION_TYPES) {
    if (!links.has(t.id)) continue;
    const style = CONNECTION_STYLES[t.id];
    items.push({ label: t.label, markWidth: 28, mark: svgEl('line', { x1: '1', x2: '27', y1: '0', y2: '0', stroke: style.stroke, 'stroke-width': String(style.width), 'stroke-linecap': 'round', ...(style.dash ? { 'stroke-dasharray': style.dash } : {}) }) });
  }
  const group = svgEl('g', { 'font-size': String(TEXT_PX - 1), fill: INK });
  let x = PAD;
  let row = 0;
  for (const item of items) {
    // Text width estimated from its length: the picture is made without laying it out.
    const w = item.markWidth + 6 + item.label.length * (TEXT_PX - 1) * CHAR_EM + 18;
    if (x + w > width - PAD && x > PAD) {
      x = PAD;
      row++;
    }
    const y = PAD / 2 + row * LEGEND_ROW + LEGEND_ROW / 2;
    const mark = svgEl('g', { transform: `translate(${x},${y})` });
    mark.append(item.mark);
    group.append(mark, svgEl('text', { x: String(x + item.markWidth + 6), y: String(y + 4) }, item.label));
    x += w;
  }
  const rows = items.length === 0 ? 0 : row + 1;
  return { group, height: rows * LEGEND_ROW + PAD };
}

/** Text in lines of at most `chars` characters, broken between words. */
function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The SVG drawn on a canvas at PNG_SCALE times its size. */
async function pngOf(svgText: string, width: number, height: number): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * PNG_SCALE;
  canvas.height = height * PNG_SCALE;
  const context = canvas.getContext('2d')!;
  context.scale(PNG_SCALE, PNG_SCALE);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png'));
}

function save(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) if (name !== 'xmlns') el.setAttribute(name, value);
  if (text !== undefined) el.textContent = text;
  return el;
}
