import Graph from 'graphology';
import { write } from 'graphology-gexf';
import { ELEMENT_SYMBOLS } from '../appearance/element-symbols.ts';
import { nodeRadius } from '../appearance/node-size.ts';
import { connectionTypeInfo } from '../core/vocabulary/connection-types.ts';
import { elementTypeLabel } from '../core/vocabulary/element-types.ts';
import type { GraphFile } from './graph-file.ts';

/**
 * `data/graph.gexf`: the public graph as GEXF 1.3, for Gephi and Gephi Lite.
 * Made from graph.json's data alone, so it holds nothing graph.json does not:
 * an anonymised element is its alias, type, maps, degree and betweenness. Positions are the
 * layout's (y turned up, as Gephi draws it), colours the map's; support
 * connections point the way care flows, to the supported person.
 */
export function graphGexf(graph: GraphFile): string {
  const gexf = new Graph({ type: 'mixed', multi: true });
  const typeOf = new Map<string, string>();
  const careLabels = (ids: readonly string[] | undefined, form: 'formal' | 'informal') => (ids ?? []).map((id) => graph.careTypes[form][id] ?? id).join('|');
  for (const node of graph.nodes) {
    typeOf.set(node.id, node.type);
    gexf.addNode(node.id, {
      label: node.name,
      x: node.x,
      y: -node.y,
      size: nodeRadius(node.degree),
      color: ELEMENT_SYMBOLS[node.type].fill,
      type: node.type,
      type_label: elementTypeLabel(node.type),
      formal_care: careLabels(node.care?.formal, 'formal'),
      informal_care: careLabels(node.care?.informal, 'informal'),
      maps: (node.maps ?? graph.maps.map((m) => m.id)).join('|'),
      degree: node.degree,
      betweenness: node.betweenness,
      anonymised: node.anonymised === true,
    });
  }
  graph.links.forEach((link, i) => {
    const info = connectionTypeInfo(link.type);
    const attributes = { type: link.type, type_label: info.label, formal_care: careLabels(link.care.formal, 'formal'), informal_care: careLabels(link.care.informal, 'informal') };
    if (!info.carriesCare) gexf.addUndirectedEdgeWithKey(String(i), link.source, link.target, attributes);
    else if (typeOf.get(link.target) === 'supported-person') gexf.addDirectedEdgeWithKey(String(i), link.source, link.target, attributes);
    else gexf.addDirectedEdgeWithKey(String(i), link.target, link.source, attributes);
  });
  return write(gexf, {
    version: '1.3',
    formatNode: (_key, { label, x, y, size, color, ...attributes }) => ({ label, viz: { x, y, size, color }, attributes }),
    formatEdge: (_key, { type_label, ...attributes }) => ({ label: type_label, attributes: { type_label, ...attributes } }),
  });
}
