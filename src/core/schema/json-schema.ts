import * as z from 'zod';
import { elementSchema } from './element.ts';
import { mapSchema } from './map.ts';
import { siteSchema } from './site.ts';

/**
 * JSON Schemas for editors, generated from the zod schemas (never written by
 * hand): what a contributor may write (input types), draft-07, which most
 * editors read, with every field's description as its help text.
 */
export const JSON_SCHEMAS = {
  'element.schema.json': { schema: elementSchema, title: 'Care Commons Map element', description: 'Front matter of content/elements/<slug>.md' },
  'map.schema.json': { schema: mapSchema, title: 'Care Commons Map map view', description: 'Front matter of content/maps/<map-id>.md' },
  'site.schema.json': { schema: siteSchema, title: 'Care Commons Map site settings', description: 'content/site.yml' },
} as const;

export type JsonSchemaFile = keyof typeof JSON_SCHEMAS;

/** The text of one schema file, as committed under schema/. */
export function jsonSchemaText(file: JsonSchemaFile): string {
  const { schema, title, description } = JSON_SCHEMAS[file];
  const generated = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' });
  const { $schema, ...rest } = generated;
  return `${JSON.stringify({ $schema, title, description, ...rest }, null, 2)}\n`;
}
