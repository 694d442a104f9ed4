import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { loadContent } from '../../src/load/load-content.ts';
import { runCli } from '../helpers/io.ts';
import { BLUEPRINT_JSON, CONNECTIONS_CSV, ELEMENTS_CSV, EXPORT_JSON, writeWorkbook } from './kumu-fixtures.ts';

let workbook: string;
beforeAll(async () => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'care-map-kumu-'));
  workbook = path.join(folder, 'brambleford.xlsx');
  await writeWorkbook(workbook);
  return () => rm(folder, { recursive: true, force: true });
});

async function scratch(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'care-map-import-'));
  onTestFinished(() => rm(folder, { recursive: true, force: true }));
  return folder;
}

/** Every file of a content folder, by path. */
async function files(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[path.relative(dir, path.join(entry.parentPath, entry.name))] = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
  }
  return out;
}

async function importInto(inputs: string[]) {
  const cwd = await scratch();
  const result = await runCli(['import', 'kumu', ...inputs, '--out', 'content'], { cwd });
  return { ...result, cwd, out: path.join(cwd, 'content') };
}

const FORMATS: Record<string, () => string[]> = {
  'full-project JSON export': () => [EXPORT_JSON],
  'JSON blueprint': () => [BLUEPRINT_JSON],
  'two CSV sheets': () => [CONNECTIONS_CSV, ELEMENTS_CSV],
  'XLSX workbook': () => [workbook],
};

describe('care-map import kumu', () => {
  for (const [format, inputs] of Object.entries(FORMATS)) {
    it(`imports the ${format} into a content folder that care-map check passes`, async () => {
      const { code, stdout, cwd } = await importInto(inputs());
      expect(code, stdout).toBe(0);
      expect(stdout).toContain('3 supported persons were imported as anonymised; their Kumu labels are now in private files: read them before you publish.');
      expect(stdout).toContain('Element type "Volunteer" (1 element) is not one of ours: imported as Person, with the tag "Volunteer".');
      expect(stdout).toContain('Field "Phone" (1 element) has no place in Care Commons Map and was not imported.');
      expect(stdout).toMatch(/Left out \(connection type "Friendship" is not one of ours\):\n {2}- connection "Tomasz Reed" → a supported person \(/);
      expect(stdout).not.toMatch(/Rosa|Edith|Albert/);
      expect(stdout).toMatch(/Left out \(a "Commons Membership" connection needs a Convening Partner at one end\):\n {2}- connection "Brambleford Walking Club" → "Tomasz Reed"/);
      expect(stdout.split('\n').at(-1)).toMatch(/^Imported 11 elements, 14 connections, [12] maps?, 8 care types; [23] left out \(listed above\)\.$/);

      const checked = await loadContent('content', { cwd });
      expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const commons = checked.commons!;
      const byId = new Map(commons.elements.map((e) => [e.id as string, e]));
      expect(byId.get('willow-street-surgery')).toMatchObject({ type: 'health-care-provider', care: { formal: ['gp-appointments', 'medication-reviews'], informal: [] }, tags: ['health'], body: 'A GP practice on Willow Street.\n' });
      expect(byId.get('priya-vance')).toMatchObject({ type: 'person', tags: ['Volunteer'], care: { informal: ['shopping', 'companionship'] } });
      expect(byId.get('brambleford-food-bank')).toMatchObject({ type: 'organisation', tags: ['food', 'Charity'], website: 'https://foodbank.example.org' });
      expect(['edith-marlow', 'albert-finch', 'rosa-quinn'].map((id) => byId.get(id)?.privacy)).toEqual(['anonymised', 'anonymised', 'anonymised']);
      expect(commons.site.careTypes.formal).toEqual({ 'gp-appointments': 'GP appointments', 'medication-reviews': 'Medication reviews', 'personal-care': 'Personal care' });
      expect(commons.connections).toContainEqual({ from: 'hearthside-home-care', to: 'edith-marlow', type: 'shared-support-plan', care: { formal: ['personal-care'], informal: [] } });
      expect(commons.connections).toContainEqual({ from: 'priya-vance', to: 'brambleford-care-commons', type: 'commons-membership', role: 'volunteer member', care: { formal: [], informal: [] } });
      if (format === 'JSON blueprint') {
        expect(commons.maps.map((m) => m.id)).toEqual(['care-commons']);
      } else {
        expect(commons.maps.map(({ id, default: isDefault }) => [id, isDefault])).toEqual([['care-commons-service', true], ['support-plans', false]]);
        expect(byId.get('the-copper-kettle')?.maps).toEqual(['care-commons-service']);
        expect(byId.get('willow-street-surgery')?.maps).toBeUndefined();
      }
    });
  }

  it('the JSON export, the CSV sheets and the workbook give the same files', async () => {
    const [json, csv, xlsx] = await Promise.all([importInto([EXPORT_JSON]), importInto([ELEMENTS_CSV, CONNECTIONS_CSV]), importInto([workbook])]);
    const fromJson = await files(json.out);
    expect(Object.keys(fromJson)).toHaveLength(1 + 2 + 11);
    expect(await files(csv.out)).toEqual(fromJson);
    expect(await files(xlsx.out)).toEqual(fromJson);
  });

  it('reports the loops of a full export as left out', async () => {
    const { stdout } = await importInto([EXPORT_JSON]);
    expect(stdout).toContain('Left out (Care Commons Map has no loops):\n  - 1 loop');
  });

  it('writes hostile labels as YAML that reads back exactly', async () => {
    const cwd = await scratch();
    const { writeFile } = await import('node:fs/promises');
    const label = `Café "Rosa": #1 — yes: no\n---\n'quoted' & {braces} [1, 2] *star`;
    const csv = `Label,Type,Description,Tags,Reviewed\r\n"${label.replace(/"/g, '""')}",Convening Partner,"---\nnot: front matter\n---",null | 0x1F | 1e3 | ~,2025-03-01\r\ntrue,Group,,,\r\n`;
    await writeFile(path.join(cwd, 'elements.csv'), csv);
    const { code, stdout } = await runCli(['import', 'kumu', 'elements.csv', '--out', 'content'], { cwd });
    expect(code, stdout).toBe(0);
    const checked = await loadContent('content', { cwd });
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const [partner, group] = [...checked.commons!.elements].sort((a, b) => a.type.localeCompare(b.type));
    expect(partner).toMatchObject({ name: label.replace(/\s+/g, ' '), type: 'convening-partner', body: '---\nnot: front matter\n---\n', tags: ['null', '0x1F', '1e3', '~'], reviewed: '2025-03-01' });
    expect(group).toMatchObject({ name: 'true', type: 'group' });
  });

  it('says what care-map check says of the folder it wrote, at the same lines and columns', async () => {
    const cwd = await scratch();
    const { writeFile } = await import('node:fs/promises');
    // A supported person named in another element's summary, tags, note, role and description, a hidden one in a
    // description, two people under one alias, a family tie, an element with no connections, a <script>.
    const elements = [
      'Label,Type,Description,Tags,Summary,Alias,Area,Informal Care,Privacy',
      'Oakfield Commons,Convening Partner,"Convenes Oakfield.\n\nEdith Marlow joined us last year.",co-op,The commons of Oakfield,,,,',
      'Edith Marlow,Supported Person,Lives alone.,,,Resident Z,Pinecroft,,',
      'Albert Finch,Supported Person,,,,Resident Z,,,',
      'Mary Jones,Person,"My mother Edith lives in Pinecroft.\nHer son helps.",Edith | family,"Helps her mum, Edith",,,Shopping,',
      'Lonely Club,Group,Nobody connects to us.,,,,,,',
      'Café & Co,Business,"Food & drink: ""hot"" meals; <script>x</script>",food & drink,Meals: hot & cold,,,Hot meals,',
      'Hidden Harry,Person,A hidden helper.,,,,,,hidden',
      'Pinecroft Walkers,Group,We walk around Pinecroft with Harry.,,,,,,',
    ];
    const connections = [
      'From,To,Type,Informal Care,Role,Note',
      'Mary Jones,Oakfield Commons,Commons Membership,,member,Knows Edith well',
      'Mary Jones,Edith Marlow,Not participating in a Support Plan,Shopping,daughter,',
      'Café & Co,Oakfield Commons,Commons Membership,,,',
      'Café & Co,Albert Finch,Not participating in a Support Plan,Hot meals,,',
      'Hidden Harry,Oakfield Commons,Commons Membership,,,',
      "Pinecroft Walkers,Oakfield Commons,Commons Membership,,Edith's friends,",
    ];
    await writeFile(path.join(cwd, 'elements.csv'), elements.join('\n'));
    await writeFile(path.join(cwd, 'connections.csv'), connections.join('\n'));
    const imported = await runCli(['import', 'kumu', 'elements.csv', 'connections.csv', '--out', 'content'], { cwd });
    expect(imported.code, imported.stderr).toBe(0);
    const checked = await runCli(['check', '--content', 'content'], { cwd });
    expect(checked.code).toBe(1);
    const errors = checked.stdout.split('\n').filter((line) => line.includes(': error: '));
    expect(errors.length).toBeGreaterThanOrEqual(7);
    expect(imported.stdout.split('Fix these before you publish:\n')[1]).toBe(errors.join('\n'));
    const [summary] = /\d+ errors, \d+ warnings/.exec(checked.stderr)!;
    expect(imported.stderr).toBe(`✖ wrote content: ${summary} (run care-map check --content content for the details)`);
  });

  it('replaces a non-empty --out only with --force, and then wholly', async () => {
    const { cwd, out } = await importInto([BLUEPRINT_JSON]);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(out, 'elements', 'stale.md'), 'old');
    const forced = await runCli(['import', 'kumu', EXPORT_JSON, '--out', 'content', '--force'], { cwd });
    expect(forced.code, forced.stderr).toBe(0);
    expect(existsSync(path.join(out, 'elements', 'stale.md'))).toBe(false);
    expect(existsSync(path.join(out, 'maps', 'support-plans.md'))).toBe(true);
    expect((await readdir(cwd)).sort()).toEqual(['content']);
  });
});
