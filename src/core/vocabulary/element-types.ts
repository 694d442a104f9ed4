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
