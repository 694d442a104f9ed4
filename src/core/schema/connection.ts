import * as z from 'zod';
import { CONNECTION_TYPE_IDS } from '../vocabulary/connection-types.ts';
import { careSchema } from './care.ts';
import { dateField, slugField, textField } from './fields.ts';

/** One item of an element's `connections`: a link from this element to another. */
export const connectionSchema = z.strictObject({
  to: slugField.describe('Slug of the other element (its file name without .md).'),
  type: z.enum(CONNECTION_TYPE_IDS).describe('Connection type: commons-membership, inactive-commons-membership, not-in-support-plan or shared-support-plan.'),
  since: dateField.optional().describe('Day the connection began, YYYY-MM-DD.'),
  role: textField(80).optional().describe('Short text, e.g. "worker member" or "neighbour".'),
  note: textField(280).optional().describe('Short note about the connection.'),
  care: careSchema.optional().describe('Care that flows through this connection; only on support connections (types 3 and 4).'),
});

export type ConnectionInput = z.input<typeof connectionSchema>;
export type ConnectionData = z.infer<typeof connectionSchema>;
