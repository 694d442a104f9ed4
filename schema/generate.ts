/** Writes schema/*.schema.json from the zod schemas: `npm run schema`. A test fails when they are stale. */
import { writeFileSync } from 'node:fs';
import { JSON_SCHEMAS, jsonSchemaText, type JsonSchemaFile } from '../src/core/schema/json-schema.ts';

for (const file of Object.keys(JSON_SCHEMAS) as JsonSchemaFile[]) {
  writeFileSync(new URL(file, import.meta.url), jsonSchemaText(file));
  console.log(`wrote schema/${file}`);
}
