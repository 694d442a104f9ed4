import { CONNECTION_TYPES, type ConnectionType } from '../vocabulary/connection-types.ts';
import { ELEMENT_TYPES, type ElementType } from '../vocabulary/element-types.ts';
import { fieldKey } from './project.ts';

const ELEMENT_BY_NAME = new Map<string, ElementType>(ELEMENT_TYPES.flatMap((t) => [fieldKey(t.id), fieldKey(t.label), fieldKey(t.plural)].map((k) => [k, t.id] as const)));

/**
 * Types Kumu projects use that we do not, by a word they contain, most
 * specific first. Anything that sounds like someone receiving care becomes a
 * supported person, so that it is anonymised rather than published.
 */
const CLOSEST: [RegExp, ElementType][] = [
  [/recipient|serviceuser|client|patient|caredfor|resident/, 'supported-person'],
  [/gp|surgery|clinic|hospital|pharmac|nhs|health|doctor|nurs|dent/, 'health-care-provider'],
  [/careagency|homecare|domiciliary|carehome|socialcare|regulated|careprovider/, 'regulated-social-care-provider'],
  [/volunteer|neighbou?r|carer|family|friend|individual|people|person|member/, 'person'],
  [/shop|cafe|business|company|pub|restaurant|store|market|trader|firm/, 'business'],
  [/group|club|society|circle|network|choir|team|association/, 'group'],
];

export interface ElementTypeMatch {
  type: ElementType;
  /** False when the Kumu type is not one of ours and the closest was chosen. */
  exact: boolean;
}

/** "Convening partner" → convening-partner: by id, label or plural, ignoring case and spacing; else the closest, or organisation. */
export function matchElementType(kumuType: string | undefined): ElementTypeMatch {
  if (kumuType === undefined) return { type: 'organisation', exact: false };
  const key = fieldKey(kumuType);
  const exact = ELEMENT_BY_NAME.get(key);
  if (exact) return { type: exact, exact: true };
  return { type: CLOSEST.find(([pattern]) => pattern.test(key))?.[1] ?? 'organisation', exact: false };
}

const CONNECTION_BY_NAME = new Map<string, ConnectionType>(
  CONNECTION_TYPES.flatMap((t) => [fieldKey(t.id), fieldKey(t.label), String(t.number), `type${t.number}`].map((k) => [k, t.id] as const)),
);

/** "Participating in a shared support plan" → shared-support-plan: by id, label or number; undefined when it is none of ours. */
export function matchConnectionType(kumuType: string | undefined): ConnectionType | undefined {
  if (kumuType === undefined) return undefined;
  const key = fieldKey(kumuType);
  const exact = CONNECTION_BY_NAME.get(key);
  if (exact) return exact;
  if (/inactive.*member|formermember/.test(key)) return 'inactive-commons-membership';
  if (/^(commons)?member(ship)?$/.test(key)) return 'commons-membership';
  if (/^(notin|notparticipating|outside).*plan/.test(key)) return 'not-in-support-plan';
  if (/^(in|participating|shared).*plan/.test(key)) return 'shared-support-plan';
  return undefined;
}
