/** The eight element types of the Care Commons service specification, each with what it is used for (the content guide's words). */
export const ELEMENT_TYPES = [
  { id: 'supported-person', label: 'Supported Person', plural: 'Supported People', meaning: 'Someone who receives care and support through the Care Commons. Anonymised unless they choose otherwise.' },
  { id: 'convening-partner', label: 'Convening Partner', plural: 'Convening Partners', meaning: 'The organisation that convenes the Care Commons and holds its memberships, usually the care co-op.' },
  { id: 'organisation', label: 'Organisation', plural: 'Organisations', meaning: 'Charities, voluntary and community organisations, advice centres, libraries, housing associations, council services that are not regulated care.' },
  { id: 'business', label: 'Business', plural: 'Businesses', meaning: 'Shops, cafés, taxi firms, launderettes, gardeners: businesses that are part of local life and care.' },
  { id: 'group', label: 'Group', plural: 'Groups', meaning: "Informal and community groups: a walking group, a knitting circle, a men's shed, a good-neighbours network, a memory café, a pantry." },
  { id: 'person', label: 'Person', plural: 'People', meaning: 'An individual who is not a supported person: a care worker, a neighbour, a family member, a volunteer.' },
  { id: 'regulated-social-care-provider', label: 'Regulated Social Care Provider', plural: 'Regulated Social Care Providers', meaning: 'Social care services registered with a regulator (in England, the Care Quality Commission): home care agencies, care homes, shared lives schemes, reablement services.' },
  { id: 'health-care-provider', label: 'Health Care Provider', plural: 'Health Care Providers', meaning: 'NHS and other health services: a GP practice, community nursing, a mental health team, a pharmacy, a hospital.' },
] as const;

export type ElementType = (typeof ELEMENT_TYPES)[number]['id'];

export const ELEMENT_TYPE_IDS = ELEMENT_TYPES.map((t) => t.id) as [ElementType, ...ElementType[]];

const byId = new Map<string, (typeof ELEMENT_TYPES)[number]>(ELEMENT_TYPES.map((t) => [t.id, t]));

export function isElementType(value: unknown): value is ElementType {
  return typeof value === 'string' && byId.has(value);
}

export function elementTypeLabel(type: ElementType): string {
  return byId.get(type)!.label;
}

export function elementTypePlural(type: ElementType): string {
  return byId.get(type)!.plural;
}

/** Types that name a private individual: never given public contact details. */
export const INDIVIDUAL_TYPES: readonly ElementType[] = ['person', 'supported-person'];

/** "a Business", "an Organisation". */
export function elementTypeWithArticle(type: ElementType): string {
  const label = elementTypeLabel(type);
  return `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`;
}
