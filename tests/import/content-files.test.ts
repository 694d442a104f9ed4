import { readFile } from 'node:fs/promises';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { blockYamlWriter, DUMP_OPTIONS } from '../../src/core/kumu/block-yaml.ts';
import { contentFiles, convertKumu, csvRows, readKumuJson, readKumuSheets } from '../../src/core/kumu/index.ts';
import { parseMarkdownSource, parseYamlSource, writtenMarkdownSource, writtenYamlSource } from '../../src/load/front-matter.ts';
import { EXPORT_JSON } from './kumu-fixtures.ts';

/** Values the YAML core schema could take for something other than text, or that need escapes. */
const HOSTILE = ['yes', 'No', '~', 'null', 'true', '1e3', '0o17', '0x1F', '0b101', '1_000', '+12', '-0', '1.5e+3', '+.inf', '.NaN', 'NULL', 'TRUE', 'On', 'off', '1:30', '.inf', '-.5', '017', '2024-01-15', '12:30', '#hash', '- dash', '? query', ': colon', 'a: b', "'single", '"double', '{a: 1}', '[1, 2]', '&anchor', '*alias', '!tag', '|', '>', '%percent', '@at', '`tick', '---', '...', 'tab\there', 'lone \ud800 surrogate', 'line\u2028separator', 'next\u0085line', 'bom\ufeff', 'emoji 🧡', ' padded '];

function sheetsProject() {
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const rows = HOSTILE.map((text, i) => [quote(text), i === 0 ? 'Convening Partner' : 'Group', quote(`${text}\n---\n${text}`), quote(`${text}|${text} tag`), quote(text), quote(text), quote(text)].join(','));
  const elements = ['Label,Type,Description,Tags,Summary,Area,Informal Care', ...rows].join('\r\n');
  return readKumuSheets([{ source: 'elements.csv', rows: csvRows(elements, 'elements.csv') }]);
}

describe('the files the import writes', () => {
  it('hold the data they were written from: the loader reads back the same data, body and body line', async () => {
    const projects = [sheetsProject(), readKumuJson(JSON.parse(await readFile(EXPORT_JSON, 'utf8')), 'export.json')];
    for (const project of projects) {
      for (const [file, { text, data }] of contentFiles(convertKumu(project))) {
        const parsed = file === 'site.yml' ? parseYamlSource(file, text) : parseMarkdownSource(file, text);
        const written = file === 'site.yml' ? writtenYamlSource(file, text, data) : writtenMarkdownSource(file, text, data);
        expect(parsed.ok, file).toBe(true);
        if (!parsed.ok) continue;
        expect(written.data, file).toStrictEqual(parsed.doc.data);
        expect([written.body, written.bodyLine], file).toEqual([parsed.doc.body, parsed.doc.bodyLine]);
      }
    }
  });

  it("are written as js-yaml's dump writes them, byte for byte", () => {
    const yaml = blockYamlWriter();
    const values: object[] = [
      ...HOSTILE.flatMap((text) => [{ name: text }, { tags: [text, `${text}:`, ` ${text}`] }, { [text || 'empty']: text }, { care: { formal: [text], informal: [`a ${text}`] } }]),
      { name: 'A', order: 1, default: true, hidden: false, big: 2 ** 60, half: 0.5, negative: -3, zero: -0 },
      { name: 'Two\nlines', connections: [{ to: 'b', type: 'commons-membership', note: 'x\ny' }] },
      { tags: [], care: {}, connections: [{}] },
      { connections: [{ to: 'b', type: 'shared-support-plan', since: '2024-01-15', care: { informal: ['lifts', 'hot-meals'] } }, { to: '1st-street', type: 'commons-membership' }] },
      { title: 'T', care_types: { formal: { '1': 'One', nursing: 'Nursing' }, informal: { ['x'.repeat(1100)]: 'long key' } } },
      { nested: [['a', 'b'], [{ c: 'd' }]], nothing: null },
    ];
    for (const value of values) expect(yaml(value), JSON.stringify(value)).toBe(dump(value, DUMP_OPTIONS));
  });
});
