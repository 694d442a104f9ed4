import * as z from 'zod';
import { SLUG_PATTERN } from '../slug.ts';
import { textField, urlField } from './fields.ts';

/** A folder inside the repository, written with forward slashes: `content`, `maps/larkfield`, or `.` for the top. */
const CONTENT_PATH = /^(?:\.|(?!\.\.?(?:\/|$))[\w.-]+(?:\/(?!\.\.?(?:\/|$))[\w.-]+)*)\/?$/;

const vocabulary = z.record(z.string().regex(SLUG_PATTERN, { error: 'care-id' }), textField(80, 1));

/** `content/site.yml`. */
export const siteSchema = z.strictObject({
  title: textField(120, 1).describe('Title of the site.'),
  description: textField(400).optional().describe('One or two sentences shown under the title and to search engines.'),
  repository: urlField.optional().describe('GitHub URL of the content repository, for "Suggest a change" links.'),
  branch: textField(100, 1).optional().describe('Branch for "Suggest a change" links; default main.'),
  content_path: z
    .string()
    .regex(CONTENT_PATH, { error: 'it names a folder inside the repository, e.g. content, or . when the content is at the top; no leading /, no ..' })
    .optional()
    .describe('Where this content folder sits inside the repository, for "Suggest a change" links; default content, "." when the repository holds only content.'),
  review_after_days: z.number().int().min(1).optional().describe('Days after which a reviewed date counts as old; default 365.'),
  care_types: z
    .strictObject({
      formal: vocabulary.optional().describe('Formal care: id → label.'),
      informal: vocabulary.optional().describe('Informal care: id → label.'),
    })
    .optional()
    .describe('The care vocabulary; the default UK vocabulary is used when absent.'),
});

export type SiteData = z.infer<typeof siteSchema>;
