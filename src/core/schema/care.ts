import * as z from 'zod';
import { SLUG_PATTERN } from '../slug.ts';

const careId = z.string().regex(SLUG_PATTERN, { error: 'care-id' });

/** Care by form: ids from the site's care vocabulary. */
export const careSchema = z.strictObject({
  formal: z.array(careId).optional().describe('Formal care: paid or regulated, e.g. personal-care. Ids from the care vocabulary.'),
  informal: z.array(careId).optional().describe('Informal care: given freely by neighbours, family, groups, e.g. shopping. Ids from the care vocabulary.'),
});

export type CareInput = z.input<typeof careSchema>;
export type Care = z.infer<typeof careSchema>;
