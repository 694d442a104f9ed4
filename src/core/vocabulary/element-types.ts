/** The eight element types of the Care Commons service specification. */
export const ELEMENT_TYPES = [
  { id: 'supported-person', label: 'Supported Person', plural: 'Supported People' },
  { id: 'convening-partner', label: 'Convening Partner', plural: 'Convening Partners' },
  { id: 'organisation', label: 'Organisation', plural: 'Organisations' },
  { id: 'business', label: 'Business', plural: 'Businesses' },
  { id: 'group', label: 'Group', plural: 'Groups' },
  { id: 'person', label: 'Person', plural: 'People' },
  { id: 'regulated-social-care-provider', label: 'Regulated Social Care Provider', plural: 'Regulated Social Care Providers' },
  { id: 'health-care-provider', label: 'Health Care Provider', plural: 'Health Care Providers' },
] as const;

export type ElementType = (typeof ELEMENT_TYPES)[number]['id'];

/** What each type is used for, in the content guide's words: shown where a contributor chooses one (apart, so the map's code does not carry them). */
export const ELEMENT_TYPE_MEANINGS: Record<ElementType, string> = {
  'supported-person': 'Someone who receives care and support through the Care Commons. Anonymised unless they choose otherwise.',
  'convening-partner': 'The organisation that convenes the Care Commons and holds its memberships, usually the care co-op.',
  'organisation': 'Charities, voluntary and community organisations, advice centres, libraries, housing associations, council services that are not regulated care.',
  'business': 'Shops, cafés, taxi firms, launderettes, gardeners: businesses that are part of local life and care.',
  'group': "Informal and community groups: a walking group, a knitting circle, a men's shed, a good-neighbours network, a memory café, a pantry.",
  'person': 'An individual who is not a supported person: a care worker, a neighbour, a family member, a volunteer.',
  'regulated-social-care-provider': 'Social care services registered with a regulator (in England, the Care Quality Commission): home care agencies, care homes, shared lives schemes, reablement services.',
  'health-care-provider': 'NHS and other health services: a GP practice, community nursing, a mental health team, a pharmacy, a hospital.',
};

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
