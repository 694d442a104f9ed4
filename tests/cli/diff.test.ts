import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContent, markdown, MEMBER_OF_CO_OP, type Changes } from '../helpers/content.ts';
import { runCli } from '../helpers/io.ts';

/**
 * Private elements of the fixture, every one with words that must never be
 * printed without --show-private: names, slugs (their file names) and aliases
 * chosen by hand only where the test says so.
 */
const PRIVATE_WORDS = ['Ada Brown', 'ada-brown', 'Harriet Quill', 'harriet-quill', 'Zebedee Marsh', 'zebedee-marsh', 'Ottoline Vance', 'ottoline-vance'];

const PRIVATE_ELEMENTS: Changes = {
  // Hidden: appears nowhere, not even by type.
  'elements/harriet-quill.md': markdown(['name: Harriet Quill', 'type: supported-person', 'privacy: hidden', 'area: Quill Lane', ...MEMBER_OF_CO_OP], 'Harriet Quill knits.'),
  // Anonymised without an alias: its default alias depends on the privacy key, so the diff gives its type.
  'elements/zebedee-marsh.md': markdown(['name: Zebedee Marsh', 'type: supported-person', ...MEMBER_OF_CO_OP], 'Zebedee Marsh likes chess.'),
};

/** The base and the changed content, each a folder of its own, as a pull request's check has them. */
async function beforeAndAfter(after: Changes, before: Changes = {}) {
  const old = await makeContent({ ...PRIVATE_ELEMENTS, ...before });
  const changed = await makeContent(after, old.dir);
  const diff = (...args: string[]) => runCli(['diff', old.dir, ...args], { cwd: changed.root });
  return { old, changed, diff };
}

const PRIVATE_CHANGES: Changes = {
  'elements/ada-brown.md': (old) => old.replace('tags: [gardening]', 'tags: [gardening, chess]'),
  'elements/harriet-quill.md': (old) => old.replace('area: Quill Lane', 'area: Ink Street'),
  'elements/zebedee-marsh.md': null,
  'elements/ottoline-vance.md': markdown(['name: Ottoline Vance', 'type: supported-person', 'privacy: anonymised', ...MEMBER_OF_CO_OP], 'Ottoline Vance, new.'),
  'elements/corner-cafe.md': (old) => old.replace('  - to: ada-brown\n    type: not-in-support-plan\n    care:\n      informal: [meals]\n', '  - to: harriet-quill\n    type: not-in-support-plan\n'),
};

describe('care-map diff', () => {
  it('says in plain words what changes on each map: elements, fields, connections and care', async () => {
    const { diff } = await beforeAndAfter({
      'elements/tea-house.md': markdown(['name: Tea House', 'type: business', 'maps: [service]', ...MEMBER_OF_CO_OP]),
      'elements/corner-cafe.md': (old) => old.replace('summary: A café on the corner that cooks for neighbours.', 'summary: A café that cooks.').replace('informal: [meals]\n---', 'informal: [meals, companionship]\n---'),
      'elements/ben-carter.md': (old) => old.replace('  - to: mill-lane-care-co-op\n    type: inactive-commons-membership\n    role: former volunteer\n', ''),
    });
    const result = await diff();
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'On the map “Care Commons Service”',
        '  Added: Tea House (Business)',
        '  Changed: Corner Café: summary',
        '  New connection: Mill Lane Care Co-op and Tea House, "Commons Membership"',
        '  Connection removed: Ben Carter and Mill Lane Care Co-op, "Inactive Commons Membership"',
        '  Connection changed: Corner Café and Gardener on Mill Lane, "Not participating in a Support Plan": care now Cooking and shared meals, Companionship (was Cooking and shared meals)',
        '',
        'On the map “Prototype Map”',
        '  Connection removed: Ben Carter and Mill Lane Care Co-op, "Inactive Commons Membership"',
      ].join('\n'),
    });
  });

  it('a connection moved from one file to the other, or a reworded file, is no change to the map', async () => {
    const { diff } = await beforeAndAfter({
      'elements/ben-carter.md': (old) => old.replace('  - to: ada-brown\n    type: shared-support-plan\n    role: neighbour\n    care:\n      informal: [shopping]\n', ''),
      'elements/ada-brown.md': (old) => old.replace('connections:\n', 'connections:\n  - to: ben-carter\n    type: shared-support-plan\n    role: neighbour\n    care:\n      informal: [shopping]\n'),
    });
    expect(await diff()).toEqual({ code: 0, stdout: 'No change to the map.', stderr: '' });
  });

  it('shows an element moved between maps as now shown / no longer shown there', async () => {
    const { diff } = await beforeAndAfter({ 'elements/corner-cafe.md': (old) => old.replace('maps: [service]', 'maps: [prototype]') });
    const { stdout } = await diff();
    expect(stdout).toContain('On the map “Care Commons Service”\n  No longer shown here: Corner Café (Business)');
    expect(stdout).toContain('On the map “Prototype Map”\n  Now shown here: Corner Café (Business)');
    expect(stdout).toContain('  New connection: Corner Café and Mill Lane Care Co-op, "Commons Membership"');
  });

  it.each(['text', 'markdown', 'json'])('never names an anonymised or hidden element, nor its file, in %s', async (format) => {
    const { diff } = await beforeAndAfter(PRIVATE_CHANGES);
    const result = await diff('--format', format);
    expect(result.code).toBe(0);
    const printed = result.stdout + result.stderr;
    for (const word of [...PRIVATE_WORDS, 'Quill', 'Zebedee', 'Ottoline']) expect(printed).not.toContain(word);
    // …but says that something private changed, by alias, type or as "a private entry".
    expect(printed).toContain('Gardener on Mill Lane');
    expect(printed).toContain('an anonymised Supported Person');
    expect(printed).toContain('a private entry');
  });

  it('names them with --show-private, for an organiser’s own terminal', async () => {
    const { diff } = await beforeAndAfter(PRIVATE_CHANGES);
    const { stdout } = await diff('--show-private');
    expect(stdout).toContain('Changed: Ada Brown: tags');
    expect(stdout).toContain('Changed: Harriet Quill: area');
    expect(stdout).toContain('Removed: Zebedee Marsh');
    expect(stdout).toContain('Added: Ottoline Vance');
    const json = JSON.parse((await diff('--show-private', '--format', 'json')).stdout);
    expect(json.maps[0].removed).toContainEqual({ element: { id: 'zebedee-marsh', label: 'Zebedee Marsh', type: 'supported-person', private: true }, moved: false });
  });

  it('markdown: one heading per map, public names in bold, contributors’ text escaped', async () => {
    const { diff } = await beforeAndAfter({ 'elements/tea-house.md': markdown(['name: "Tea *House* [x](javascript:alert(1))"', 'type: business', ...MEMBER_OF_CO_OP]) });
    const { stdout } = await diff('--format', 'markdown');
    expect(stdout.split('\n').slice(0, 4)).toEqual([
      '### What this change does to the map',
      '',
      '#### On the map “Care Commons Service”',
      '- Added: **Tea \\*House\\* \\[x\\](javascript:alert(1))** (Business)',
    ]);
    expect(stdout).toContain('#### On the map “Prototype Map”');
  });

  it('json: the changes by map, with slugs of public elements only', async () => {
    const { diff } = await beforeAndAfter(PRIVATE_CHANGES);
    const json = JSON.parse((await diff('--format', 'json')).stdout);
    expect(Object.keys(json)).toEqual(['site', 'mapsAdded', 'mapsRemoved', 'mapsChanged', 'maps']);
    const service = json.maps.find((m: { id: string }) => m.id === 'service');
    expect(service.changed).toContainEqual({ element: { label: 'Gardener on Mill Lane', type: 'supported-person', private: true }, fields: ['tags'] });
    expect(service.changed).toContainEqual({ element: { label: 'a private entry', private: true }, fields: ['area'] });
    expect(service.connectionsAdded).toContainEqual({ ends: [{ id: 'corner-cafe', label: 'Corner Café', type: 'business', private: false }, { label: 'a private entry', private: true }], type: 'not-in-support-plan' });
  });

  it('says why it cannot compare content with errors, naming no element, and exits 0', async () => {
    const { diff } = await beforeAndAfter({ 'elements/zebedee-marsh.md': (old) => old.replace('type: supported-person', 'type: suported-person') });
    const result = await diff();
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('The change cannot be described yet: content has 1 error, 0 warnings (run "care-map check --content content").');
  });

  it('site settings and maps', async () => {
    const { diff } = await beforeAndAfter({ 'site.yml': (old) => old.replace('title: Mill Lane Care Commons', 'title: Mill Lane Commons'), 'maps/prototype.md': (old) => old.replace('title: Prototype Map', 'title: Sketch') });
    expect((await diff()).stdout).toBe('Site settings changed: title.\nMap Sketch changed: title.');
  });

  it('exits 2 without a folder to compare with, or with an unknown format', async () => {
    const { changed, old } = await beforeAndAfter({});
    expect((await runCli(['diff'], { cwd: changed.root })).code).toBe(2);
    expect((await runCli(['diff', old.dir, '--format', 'html'], { cwd: changed.root })).code).toBe(2);
    expect((await runCli(['diff', old.dir, path.join(old.root, 'x')], { cwd: changed.root })).code).toBe(2);
  });
});
