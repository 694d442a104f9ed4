import { hasCare, type CareOffer, type SiteSettings } from '../core/model.ts';
import type { ElementType } from '../core/vocabulary/element-types.ts';
import { isNamed, type PublicCommons } from '../core/projection/public-commons.ts';

/**
 * `add/form.json`: what the add form checks a new element against. Public
 * elements only, by slug, name, type and care (for connection targets, the
 * rules of their types, the care a giver offers, and slugs already taken):
 * an anonymised or hidden element has no public slug and is not offered.
 */
export interface AddFormFile {
  site: Pick<SiteSettings, 'title' | 'branch' | 'contentPath' | 'reviewAfterDays' | 'careTypes'> & { repository?: string };
  maps: { id: string; title: string; default: boolean }[];
  elements: AddFormElement[];
}

export interface AddFormElement {
  id: string;
  name: string;
  type: ElementType;
  care?: CareOffer;
}

export function addFormFile(commons: PublicCommons): AddFormFile {
  const { title, repository, branch, contentPath, reviewAfterDays, careTypes } = commons.site;
  return {
    site: { title, ...(repository !== undefined && { repository }), branch, contentPath, reviewAfterDays, careTypes },
    maps: commons.maps.map((m) => ({ id: m.id, title: m.title, default: m.default })),
    elements: commons.elements.filter(isNamed).map((e) => ({ id: e.id, name: e.name, type: e.type, ...(hasCare(e.care) && { care: e.care }) })),
  };
}
