import * as z from 'zod';
import { ELEMENT_TYPE_IDS } from '../vocabulary/element-types.ts';
import { careSchema } from './care.ts';
import { connectionSchema } from './connection.ts';
import { dateField, slugField, textField, urlField } from './fields.ts';

export const PRIVACY_LEVELS = ['public', 'anonymised', 'hidden'] as const;
export type Privacy = (typeof PRIVACY_LEVELS)[number];

/** Front matter of `content/elements/<slug>.md`. */
export const elementSchema = z.strictObject({
  name: textField(120, 1).describe('Display name, 1–120 characters.'),
  type: z.enum(ELEMENT_TYPE_IDS).describe('Element type, e.g. organisation, person, supported-person.'),
  summary: textField(280).optional().describe('One line, at most 280 characters.'),
  area: textField(120).optional().describe('Neighbourhood or locality.'),
  website: urlField.optional().describe('An http: or https: address.'),
  contact: textField(280).optional().describe('Public contact text; organisations only, never for people.'),
  care: careSchema.optional().describe('Care this element can offer, by form.'),
  tags: z.array(textField(40, 1)).optional().describe('Short labels used by the map filters.'),
  maps: z.array(slugField).optional().describe('Map ids this element appears on; leave out to appear on every map.'),
  reviewed: dateField.optional().describe('Day the entry was last checked with the element, YYYY-MM-DD.'),
  privacy: z.enum(PRIVACY_LEVELS).optional().describe('public, anonymised or hidden. Default public; anonymised for supported-person.'),
  alias: textField(60, 1).optional().describe('Public label of an anonymised element; default "<type label> <letter>".'),
  connections: z.array(connectionSchema).optional().describe('Links from this element to others.'),
});

export type ElementInput = z.input<typeof elementSchema>;
export type ElementData = z.infer<typeof elementSchema>;
export const ELEMENT_KEYS = Object.keys(elementSchema.shape);
