import type { ElementType } from '../core/vocabulary/element-types.ts';
import type { ConnectionType } from '../core/vocabulary/connection-types.ts';
import type { Neighbourhood } from './element-view.ts';

/**
 * The static picture on an element's page: the element in the middle, its
 * neighbours around it in the direction they lie on the big map. The picture
 * is laid out for one width in user units that is also its largest size in CSS
 * pixels, so a label's font size is its size on screen; every label is wrapped
 * to the room it has, and the height is whatever the labels need, so that none
 * is cut off. The page shows the wide picture, or the narrow one where there is
 * not room for it (a phone), so labels stay at least 13 px either way.
 */
export interface PictureShape {
  /** Width in user units, and the largest the picture is drawn, in CSS pixels. */
  width: number;
  /** Half-axes of the ellipse the neighbours sit on; ry grows with their number. */
  rx: number;
  ry: (neighbours: number) => number;
  /** Lines a label may take before the rest of the name is shortened to "…". */
  maxLines: number;
  /** The widest a label above or below its symbol may be. */
  middleWidth: number;
}

export const WIDE: PictureShape = { width: 760, rx: 185, ry: (n) => clamp(110, 9 * n, 220), maxLines: 3, middleWidth: 260 };
export const NARROW: PictureShape = { width: 360, rx: 56, ry: (n) => clamp(120, 14 * n, 320), maxLines: 5, middleWidth: 220 };

/** Label font size in user units (= CSS px at full size), and the room around symbols. */
export const LABEL_SIZE = 14;
const LINE = LABEL_SIZE * 1.2;
const GAP = 14;
const EDGE = 6;

export interface PictureNode {
  id: string;
  type: ElementType;
  name: string;
  x: number;
  y: number;
  /** The name wrapped into lines, none longer than the room the label has. */
  lines: string[];
  anchor: 'start' | 'middle' | 'end';
  labelX: number;
  /** Baseline of the first line. */
  labelY: number;
}

export interface Picture {
  viewBox: { x: number; y: number; width: number; height: number };
  centre: { x: number; y: number; type: ElementType };
  nodes: PictureNode[];
  lines: { x2: number; y2: number; type: ConnectionType }[];
  labelled: boolean;
}

export function neighbourhoodPicture(neighbourhood: Neighbourhood, shape: PictureShape): Picture {
  const cx = shape.width / 2;
  const centre = neighbourhood.nodes.find((n) => n.centre)!;
  const others = neighbourhood.nodes.filter((n) => !n.centre);
  const angle = (n: (typeof others)[number]) => Math.atan2(n.point.y - centre.point.y, n.point.x - centre.point.x);
  const sorted = [...others].sort((a, b) => angle(a) - angle(b) || (a.element.id < b.element.id ? -1 : 1));
  const step = (2 * Math.PI) / Math.max(sorted.length, 1);
  const start = sorted.length > 0 ? angle(sorted[0]!) : 0;
  const ry = shape.ry(sorted.length);
  const labelled = sorted.length <= 24;
  // However the neighbours fall, the picture keeps most of its ellipse's height.
  let top = -0.75 * ry;
  let bottom = 0.75 * ry;

  const nodes = sorted.map((n, i): PictureNode => {
    const a = start + i * step;
    const x = round(cx + shape.rx * Math.cos(a));
    const y = round(ry * Math.sin(a));
    const anchor = Math.cos(a) > 0.3 ? 'start' : Math.cos(a) < -0.3 ? 'end' : 'middle';
    const room = anchor === 'start' ? shape.width - EDGE - (x + GAP) : anchor === 'end' ? x - GAP - EDGE : Math.min(shape.middleWidth, 2 * Math.min(x, shape.width - x) - 2 * EDGE);
    const lines = labelled ? balancedWrap(n.element.name, room, shape.maxLines) : [];
    const height = (lines.length - 1) * LINE;
    const labelX = anchor === 'start' ? x + GAP : anchor === 'end' ? x - GAP : x;
    const labelY = round(anchor !== 'middle' ? y - height / 2 + LABEL_SIZE * 0.35 : Math.sin(a) > 0 ? y + GAP + 4 + LABEL_SIZE * 0.8 : y - GAP - 4 - height);
    top = Math.min(top, y - GAP, labelY - LABEL_SIZE);
    bottom = Math.max(bottom, y + GAP, labelY + height + LABEL_SIZE * 0.3);
    return { id: n.element.id, type: n.element.type, name: n.element.name, x, y, lines, anchor, labelX, labelY };
  });
  const where = new Map(nodes.map((n) => [n.id, n]));
  const lines = neighbourhood.links.flatMap((l) => {
    const end = where.get(l.other);
    return end ? [{ x2: end.x, y2: end.y, type: l.type }] : [];
  });
  const y = Math.floor(top - EDGE);
  return {
    viewBox: { x: 0, y, width: shape.width, height: Math.ceil(bottom + EDGE) - y },
    centre: { x: cx, y: 0, type: centre.element.type },
    nodes,
    lines,
    labelled,
  };
}

/** As `wrap`, with lines of about the same length rather than a last word alone ("Gardener on Tanners" / "Row"). */
export function balancedWrap(name: string, room: number, maxLines: number): string[] {
  const lines = wrap(name, room, Infinity);
  if (lines.length <= 1 || lines.length > maxLines) return wrap(name, room, maxLines);
  const whole = pieces(name, Infinity);
  const widest = Math.max(...whole.map((piece) => textWidth(piece.text)));
  // No piece is wider than `widest`, so none is cut at any room from there up: the pieces stay the same.
  let narrower = room;
  while (narrower - 4 >= widest && fill(whole, narrower - 4).length === lines.length) narrower -= 4;
  return wrap(name, narrower, maxLines);
}

/**
 * A name in lines that fit `room` user units, broken at spaces and after
 * hyphens, a word too long for a line cut where it must; after `maxLines` the
 * rest is shortened with "…" (the connections below give every name in full).
 */
export function wrap(name: string, room: number, maxLines: number): string[] {
  const lines = fill(pieces(name, room), room);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]}…`;
  while (textWidth(last) > room && last.length > 1) last = `${last.slice(0, -2).trimEnd()}…`;
  kept[maxLines - 1] = last;
  return kept;
}

/**
 * Puts the pieces on lines, each piece on the line before while it fits. A
 * line's width is summed on as pieces join it, in the order textWidth() would
 * sum the whole line, so it is the same number.
 */
function fill(parts: readonly Piece[], room: number): string[] {
  const lines: string[] = [];
  let lastEm = 0;
  for (const { text, glued } of parts) {
    const last = lines.length - 1;
    let em = lastEm;
    if (last >= 0 && !glued) em += charEm(' ');
    for (const char of text) em += charEm(char);
    if (last >= 0 && em * LABEL_SIZE <= room) {
      lastEm = em;
      lines[last] = glued ? `${lines[last]}${text}` : `${lines[last]} ${text}`;
    } else {
      lastEm = 0;
      for (const char of text) lastEm += charEm(char);
      lines.push(text);
    }
  }
  return lines;
}

interface Piece {
  text: string;
  glued: boolean;
}

/** The words of a name, and the parts of hyphenated ones; `glued` parts follow a hyphen and join the one before without a space. */
function pieces(name: string, room: number): Piece[] {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => word.split(/(?<=[^\s-]{3}-)(?=[^-]{3})/).map((text, i) => ({ text, glued: i > 0 })))
    .flatMap(({ text, glued }) => split(text, room).map((part, i) => ({ text: part, glued: glued || i > 0 })));
}

function split(word: string, room: number): string[] {
  if (room === Infinity) return word ? [word] : [];
  const parts: string[] = [];
  let part = '';
  let em = 0;
  for (const char of word) {
    if (part && (em + charEm(char)) * LABEL_SIZE > room) {
      parts.push(part);
      part = '';
      em = 0;
    }
    part += char;
    em += charEm(char);
  }
  return part ? [...parts, part] : parts;
}

/**
 * A slightly generous estimate of a text's width at LABEL_SIZE, from the
 * widths of DejaVu Sans (Linux's usual sans-serif, wider than the system fonts
 * of Windows, macOS, iOS and Android), so that a label fits in each of them.
 */
export function textWidth(text: string): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em * LABEL_SIZE;
}

/** A character's width in em; remembered, as a build measures the same names on many pages. */
function charEm(char: string): number {
  let em = CHAR_EM.get(char);
  if (em === undefined) {
    if (char === ' ') em = 0.33;
    else if ('ijl.,;:!|\'’'.includes(char)) em = 0.3;
    else if ('tfr()-'.includes(char)) em = 0.42;
    else if ('mwMW@'.includes(char)) em = 0.98;
    else if (/[A-Z&]/.test(char)) em = 0.76;
    else em = 0.65;
    CHAR_EM.set(char, em);
  }
  return em;
}
const CHAR_EM = new Map<string, number>();

function clamp(min: number, value: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
