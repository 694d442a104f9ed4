/** A view of the map: screen = map × k + (x, y). The same shape as d3-zoom's transform. */
export interface View {
  k: number;
  x: number;
  y: number;
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The view that fits the bounds in a width × height screen, with a margin, never zoomed in past maxK. */
export function fitView(bounds: Bounds, width: number, height: number, margin: number, maxK: number): View {
  const w = Math.max(bounds.maxX - bounds.minX, 1);
  const h = Math.max(bounds.maxY - bounds.minY, 1);
  const k = Math.min((width - 2 * margin) / w, (height - 2 * margin) / h, maxK);
  const safeK = Math.max(k, 0.01);
  return { k: safeK, x: width / 2 - safeK * (bounds.minX + w / 2), y: height / 2 - safeK * (bounds.minY + h / 2) };
}

/** The view centred on a point at scale k. */
export function centreView(x: number, y: number, k: number, width: number, height: number): View {
  return { k, x: width / 2 - k * x, y: height / 2 - k * y };
}

/** Between two views; zoom in log space and the screen centre in a straight line, so it feels even. */
export function between(a: View, b: View, t: number, width: number, height: number): View {
  const k = Math.exp(Math.log(a.k) + (Math.log(b.k) - Math.log(a.k)) * t);
  const ax = (width / 2 - a.x) / a.k;
  const ay = (height / 2 - a.y) / a.k;
  const bx = (width / 2 - b.x) / b.k;
  const by = (height / 2 - b.y) / b.k;
  return centreView(ax + (bx - ax) * t, ay + (by - ay) * t, k, width, height);
}

/** Smooth start and end. */
export function easeInOut(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
}
