import type { CareMapModel } from '../../map/care-map-model.ts';
import type { Positions } from './scene.ts';

/**
 * Where each element sits on the whole map: the build's layout, turned to
 * suit the screen. The build lays the map out with no up or down. On a
 * screen of the other shape (a phone held upright, a wide layout) it is
 * turned a quarter, so it fills the screen instead of a strip of it.
 */
export function homePositions(model: CareMapModel, canvas: HTMLElement): Positions {
  const x = Float64Array.from(model.nodes, (n) => n.x);
  const y = Float64Array.from(model.nodes, (n) => n.y);
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < x.length; i++) {
    minX = Math.min(minX, x[i]!);
    maxX = Math.max(maxX, x[i]!);
    minY = Math.min(minY, y[i]!);
    maxY = Math.max(maxY, y[i]!);
  }
  const layoutWide = maxX - minX > 1.25 * (maxY - minY);
  const layoutTall = maxY - minY > 1.25 * (maxX - minX);
  const screenTall = canvas.clientHeight > 1.25 * canvas.clientWidth;
  const screenWide = canvas.clientWidth > 1.25 * canvas.clientHeight;
  if ((layoutWide && screenTall) || (layoutTall && screenWide)) return { x: Float64Array.from(y, (v) => -v), y: x };
  return { x, y };
}
