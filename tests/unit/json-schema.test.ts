import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it, onTestFinished } from 'vitest';
import { JSON_SCHEMAS, jsonSchemaText, type JsonSchemaFile } from '../../src/core/schema/json-schema.ts';
import { PROJECT_ROOT } from '../helpers/content.ts';

const FILES = Object.keys(JSON_SCHEMAS) as JsonSchemaFile[];
const committed = (file: JsonSchemaFile) => readFileSync(path.join(PROJECT_ROOT, 'schema', file), 'utf8');
const validator = (file: JsonSchemaFile) => new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(committed(file)));

/** Front matter as the content's YAML 1.2 reads it: dates stay strings. */
function frontMatter(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error(`${file} has no front matter`);
  return yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA });
}

const EXAMPLE = path.join(PROJECT_ROOT, 'content');
const exampleElements = readdirSync(path.join(EXAMPLE, 'elements')).filter((f) => f.endsWith('.md'));

describe('JSON Schema for editors', () => {
  it.each(FILES)('schema/%s is what `npm run schema` generates from the zod schemas (run it after changing them)', (file) => {
    expect(committed(file)).toBe(jsonSchemaText(file));
  });

  it('accepts the front matter of every example element, map and site.yml', () => {
    expect(exampleElements.length).toBeGreaterThan(40);
    const element = validator('element.schema.json');
    for (const name of exampleElements) {
      expect({ name, valid: element(frontMatter(path.join(EXAMPLE, 'elements', name))), errors: element.errors ?? null }).toEqual({ name, valid: true, errors: null });
    }
    const map = validator('map.schema.json');
    for (const name of readdirSync(path.join(EXAMPLE, 'maps'))) expect(map(frontMatter(path.join(EXAMPLE, 'maps', name)))).toBe(true);
    expect(validator('site.schema.json')(yaml.load(readFileSync(path.join(EXAMPLE, 'site.yml'), 'utf8'), { schema: yaml.CORE_SCHEMA }))).toBe(true);
  });

  it('refuses an unknown type, an unknown key and a javascript: website', () => {
    const element = validator('element.schema.json');
    const base = { name: 'Corner Café', type: 'business' };
    expect(element(base)).toBe(true);
    expect(element({ ...base, type: 'buisness' })).toBe(false);
    expect(element.errors?.[0]).toMatchObject({ instancePath: '/type', keyword: 'enum' });
    expect(element({ ...base, webiste: 'https://example.org' })).toBe(false);
    expect(element.errors?.[0]).toMatchObject({ keyword: 'additionalProperties', params: { additionalProperty: 'webiste' } });
    expect(element({ ...base, website: 'javascript:alert(1)' })).toBe(false);
    expect(element.errors?.[0]).toMatchObject({ instancePath: '/website', keyword: 'pattern' });
    expect(element({ ...base, website: 'HTTPS://example.org/' })).toBe(true);
    expect(element({ ...base, connections: [{ to: 'mill-lane', type: 'friends' }] })).toBe(false);
    expect(validator('site.schema.json')({ title: 'X', content_path: '../elsewhere' })).toBe(false);
  });

  it('is draft-07, describes every field, and reads input types (optional fields are not required)', () => {
    for (const file of FILES) {
      const schema = JSON.parse(committed(file));
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      const undescribed: string[] = [];
      const walk = (node: Record<string, unknown>, where: string) => {
        for (const [key, value] of Object.entries((node['properties'] ?? {}) as Record<string, Record<string, unknown>>)) {
          if (typeof value['description'] !== 'string' || value['description'].length === 0) undescribed.push(`${where}${key}`);
          walk(value, `${where}${key}.`);
          if (value['items']) walk(value['items'] as Record<string, unknown>, `${where}${key}[].`);
        }
      };
      walk(schema, '');
      expect({ file, undescribed }).toEqual({ file, undescribed: [] });
    }
    expect(JSON.parse(committed('element.schema.json')).required).toEqual(['name', 'type']);
  });
});

describe('front matter checked in the editor (remark-lint-frontmatter-schema, as the VS Code remark extension runs it)', () => {
  it('underlines an unknown type at its line in an element file', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'care-map-remark-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    cpSync(path.join(PROJECT_ROOT, '.remarkrc.mjs'), path.join(root, '.remarkrc.mjs'));
    cpSync(path.join(PROJECT_ROOT, 'schema'), path.join(root, 'schema'), { recursive: true });
    symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
    mkdirSync(path.join(root, 'content/elements'), { recursive: true });
    writeFileSync(path.join(root, 'content/elements/corner-cafe.md'), '---\nname: Corner Café\ntype: buisness\n---\nSoup.\n');
    writeFileSync(path.join(root, 'content/elements/tea-house.md'), '---\nname: Tea House\ntype: business\n---\nTea.\n');
    const run = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/remark-cli/cli.js'), '--no-stdout', '--frail', '--no-color', 'content/elements'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/content\/elements\/corner-cafe\.md\n\s*3:7-3:15\s+warning\s+Must be equal to one of the allowed values/);
    expect(run.stderr).not.toMatch(/tea-house\.md\n\s*\d/);
  });
});
