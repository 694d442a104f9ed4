import type { CareOffer } from '../../core/model.ts';
import type { ConnectionType } from '../../core/vocabulary/connection-types.ts';
import type { ElementType } from '../../core/vocabulary/element-types.ts';

/** What the add form holds: everything a contributor may write in an element file, as typed. */
export interface NewElement {
  name: string;
  type: ElementType | '';
  summary: string;
  area: string;
  website: string;
  contact: string;
  care: CareOffer;
  /** As typed: comma-separated. */
  tags: string;
  /** Map ids ticked; none ticked means every map. */
  maps: string[];
  /** The public label of a supported person. */
  alias: string;
  /** YYYY-MM-DD: today. */
  reviewed: string;
  connections: NewConnection[];
  /** The description, Markdown. */
  body: string;
}

export interface NewConnection {
  /** Slug of the other element, '' until one is chosen. */
  to: string;
  type: ConnectionType | '';
  since: string;
  role: string;
  note: string;
  care: CareOffer;
}

/** Which form control a line of the file came from: a field, or a field of the nth connection. */
export type FieldKey = keyof Omit<NewElement, 'connections'> | 'privacy' | 'connections' | `connections.${number}.${keyof NewConnection}` | `connections.${number}`;

export function emptyCareOffer(): CareOffer {
  return { formal: [], informal: [] };
}
