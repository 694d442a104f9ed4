import { LABEL_PX, labelText } from './label-choice.ts';
import type { Scene } from './scene.ts';

/**
 * How wide each element's label is on screen, in pixels: measured in the
 * labels' own font on a canvas the first time it is asked, then remembered
 * (a name does not change). Placing labels on their true width rather than a
 * guess per character fits more of them without overlaps.
 */
export function labelWidths(host: HTMLElement, scene: Pick<Scene, 'model'>): ((i: number) => number) | undefined {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  context.font = `500 ${LABEL_PX}px ${getComputedStyle(host).fontFamily}`;
  const widths = new Float32Array(scene.model.nodes.length).fill(-1);
  return (i) => (widths[i]! >= 0 ? widths[i]! : (widths[i] = context.measureText(labelText(scene, i)).width));
}
