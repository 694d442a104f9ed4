import { otherEnd, type CareMapModel } from './care-map-model.ts';
import type { Shown } from './filters.ts';

/** Some elements and connections of the map, by index. */
export interface Part {
  nodes: number[];
  links: number[];
}

/** The links touching these nodes, each once; only shown ones when `shownLinks` is given. O(their degrees). */
export function linksTouching(model: CareMapModel, nodes: readonly number[], shownLinks: Uint8Array | null): number[] {
  const seen = new Uint8Array(model.links.length);
  const out: number[] = [];
  for (const i of nodes) {
    for (let k = model.offsets[i]!; k < model.offsets[i + 1]!; k++) {
      const l = model.incident[k]!;
      if (!seen[l] && (!shownLinks || shownLinks[l])) {
        seen[l] = 1;
        out.push(l);
      }
    }
  }
  return out;
}

/** Node i (if any: −1 is none), its neighbours across shown connections, and those connections. */
export function neighbourhood(model: CareMapModel, i: number, shown: Shown): Part {
  const nodes: number[] = [];
  const links: number[] = [];
  if (i < 0) return { nodes, links };
  for (let k = model.offsets[i]!; k < model.offsets[i + 1]!; k++) {
    const l = model.incident[k]!;
    if (!shown.links[l]) continue;
    links.push(l);
    nodes.push(otherEnd(model, l, i));
  }
  nodes.push(i);
  return { nodes, links };
}

/** Everything shown, as lists. */
export function everything(shown: Shown): Part {
  const nodes: number[] = [];
  const links: number[] = [];
  shown.nodes.forEach((on, i) => on && nodes.push(i));
  shown.links.forEach((on, l) => on && links.push(l));
  return { nodes, links };
}

/** Whether two results show the same elements and connections. */
export function sameShown(a: Shown, b: Shown): boolean {
  if (a === b) return true;
  if (a.nodeCount !== b.nodeCount || a.linkCount !== b.linkCount) return false;
  for (let i = 0; i < a.nodes.length; i++) if (a.nodes[i] !== b.nodes[i]) return false;
  for (let l = 0; l < a.links.length; l++) if (a.links[l] !== b.links[l]) return false;
  return true;
}
