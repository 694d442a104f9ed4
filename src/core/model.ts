import type { ElementId } from './slug.ts';
import type { Privacy } from './schema/element.ts';
import type { CareForm, CareVocabulary } from './vocabulary/care-types.ts';
import type { ConnectionType } from './vocabulary/connection-types.ts';
import type { ElementType } from './vocabulary/element-types.ts';

/** Care by form, always with both lists present. */
export type CareOffer = Record<CareForm, string[]>;

/** A validated element: one file of `content/elements/`. */
export interface CareElement {
  id: ElementId;
  name: string;
  type: ElementType;
  summary?: string;
  area?: string;
  website?: string;
  contact?: string;
  care: CareOffer;
  tags: string[];
  /** Map ids it appears on; `undefined` means every map. */
  maps?: string[];
  reviewed?: string;
  privacy: Privacy;
  alias?: string;
  /** Markdown description. */
  body: string;
  /** Source path, relative to the content folder's parent as given to the loader. */
  file: string;
}

/** A validated connection, as declared in the file of `from`. */
export interface Connection {
  from: ElementId;
  to: ElementId;
  type: ConnectionType;
  since?: string;
  role?: string;
  note?: string;
  care: CareOffer;
}

/** One map view of `content/maps/`. */
export interface CareMap {
  id: string;
  title: string;
  default: boolean;
  order: number;
  /** Markdown intro. */
  intro: string;
}

/** Settings of `content/site.yml`, with defaults applied. */
export interface SiteSettings {
  title: string;
  description?: string;
  repository?: string;
  branch: string;
  /** The content folder inside `repository`, without a trailing slash; `.` for the top. */
  contentPath: string;
  reviewAfterDays: number;
  careTypes: CareVocabulary;
}

/** A whole, validated content folder. */
export interface CareCommons {
  site: SiteSettings;
  /** Sorted by order, then id. */
  maps: CareMap[];
  /** Sorted by id. */
  elements: CareElement[];
  /** Sorted by from, to, type. */
  connections: Connection[];
}

export function emptyCare(): CareOffer {
  return { formal: [], informal: [] };
}

export function hasCare(care: CareOffer): boolean {
  return care.formal.length > 0 || care.informal.length > 0;
}
