import * as z from 'zod';
import { textField } from './fields.ts';

/** Front matter of `content/maps/<map-id>.md`; the body is the map's intro. */
export const mapSchema = z.strictObject({
  title: textField(120, 1).describe('Title of the map view, e.g. "Care Commons Service".'),
  default: z.boolean().optional().describe('true on exactly one map: the one the home page shows.'),
  order: z.number().optional().describe('Position in the map toggle; lower first.'),
});

export type MapData = z.infer<typeof mapSchema>;
