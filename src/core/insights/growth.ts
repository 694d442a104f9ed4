import type { MapSlice } from './map-slice.ts';

/** Connections of one year, and all of them up to its end. */
export interface GrowthYear {
  year: number;
  connections: number;
  total: number;
}

export interface Growth {
  /** Every year from the first `since` to the last, none skipped. */
  years: GrowthYear[];
  /** Connections with no date to go by: no `since`, or touching an anonymised element (whose dates are not published). */
  undated: number;
}

/** How the network grew: its connections by the year of their `since`. */
export function growth(slice: MapSlice): Growth {
  const byYear = new Map<number, number>();
  let undated = 0;
  for (const c of slice.connections) {
    if (c.since === undefined) undated++;
    else {
      const year = Number(c.since.slice(0, 4));
      byYear.set(year, (byYear.get(year) ?? 0) + 1);
    }
  }
  const years: GrowthYear[] = [];
  if (byYear.size > 0) {
    const first = Math.min(...byYear.keys());
    const last = Math.max(...byYear.keys());
    let total = 0;
    for (let year = first; year <= last; year++) {
      const connections = byYear.get(year) ?? 0;
      total += connections;
      years.push({ year, connections, total });
    }
  }
  return { years, undated };
}
