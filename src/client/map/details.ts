import type { ConnectionDetails, DetailsFile, ElementDetails } from '../../map/details-file.ts';
import type { CareMapModel } from '../../map/care-map-model.ts';

const NONE: ElementDetails = {};

/**
 * The text the map shows or searches but does not draw (`data/details.json`:
 * summaries, areas, websites, contacts, review dates, connection roles and
 * notes). Not on the map's critical path: fetched once, on the first search,
 * selection or list view. Until then, and if it cannot be had (offline, say),
 * everything works on names, types, care and connections alone.
 */
export class MapDetails {
  private elements: Map<string, ElementDetails> | null = null;
  private connections = new Map<string, ConnectionDetails>();
  private loading: Promise<boolean> | null = null;

  constructor(private readonly url: string) {}

  get loaded(): boolean {
    return this.elements !== null;
  }

  /** Fetches the file once; resolves false if it could not be had, and a later call tries again. */
  load(): Promise<boolean> {
    this.loading ??= fetch(this.url)
      .then((response) => {
        if (!response.ok) throw new Error(`details.json: HTTP ${response.status}`);
        return response.json() as Promise<DetailsFile>;
      })
      .then(
        (file) => {
          for (const c of file.connections) this.connections.set(key(c), c);
          // A Map, not the parsed object: an id such as `constructor` must not find Object's.
          this.elements = new Map(Object.entries(file.elements));
          return true;
        },
        (error: unknown) => {
          console.warn(error);
          this.loading = null;
          return false;
        },
      );
    return this.loading;
  }

  element(id: string): ElementDetails {
    return this.elements?.get(id) ?? NONE;
  }

  /** The details of link `l` of the model. */
  connection(model: CareMapModel, l: number): Partial<ConnectionDetails> {
    const source = model.nodes[model.source[l]!]!.id;
    const target = model.nodes[model.target[l]!]!.id;
    return this.connections.get(key({ source, target, type: model.links[l]!.type })) ?? {};
  }
}

function key(c: Pick<ConnectionDetails, 'source' | 'target' | 'type'>): string {
  return `${c.source}\n${c.target}\n${c.type}`;
}
