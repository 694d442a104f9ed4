import { betweennessRadius, nodeRadius, type NodeSizing } from '../../appearance/node-size.ts';
import type { CareMapModel } from '../../map/care-map-model.ts';
import type { MapRenderer } from './map-renderer.ts';

/** Radii of the map's elements by one measure: degree on this map, or betweenness on the whole commons (data/map.js). */
export function nodeRadii(model: CareMapModel, by: NodeSizing): Float64Array {
  if (by === 'degree') return Float64Array.from(model.degree, nodeRadius);
  const max = model.nodes.reduce((m, node) => Math.max(m, node.betweenness ?? 0), 0);
  return Float64Array.from(model.nodes, (node) => betweennessRadius(max > 0 ? (node.betweenness ?? 0) / max : 0));
}

/** The "Size by" choice in the legend (MapLegend.astro): resizes the elements and says what size now means. */
export function bindNodeSizing(root: HTMLElement, model: CareMapModel, renderer: MapRenderer): void {
  const form = root.querySelector<HTMLElement>('[data-part="node-size"]');
  const meaning = root.querySelector<HTMLElement>('[data-part="size-meaning"]');
  if (!form) return;
  form.hidden = false;
  form.addEventListener('change', (event) => {
    const by = (event.target as HTMLInputElement).value as NodeSizing;
    renderer.setRadii(nodeRadii(model, by));
    if (meaning) meaning.textContent = by === 'degree' ? 'number of connections' : 'betweenness';
  });
}
