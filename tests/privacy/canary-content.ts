import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Unique strings that must never reach the built site. */
export const CANARIES = {
  anonymisedSlug: 'zqcanary-anon-slug',
  anonymisedName: 'Zqcanaryanonname Person',
  anonymisedSummary: 'zqcanary-anon-summary',
  anonymisedArea: 'zqcanary-anon-area',
  anonymisedTag: 'zqcanary-anon-tag',
  anonymisedBody: 'zqcanary-anon-body',
  anonymisedWebsite: 'https://zqcanary-anon-site.example.org',
  anonymisedOwnRole: 'zqcanary-anon-own-role',
  anonymisedOwnNote: 'zqcanary-anon-own-note',
  anonymisedSince: '1999-09-09',
  roleToAnonymised: 'zqcanary-role-to-anon',
  noteToAnonymised: 'zqcanary-note-to-anon',
  hiddenSlug: 'zqcanary-hidden-slug',
  hiddenName: 'Zqcanaryhiddenname Org',
  hiddenSummary: 'zqcanary-hidden-summary',
  hiddenBody: 'zqcanary-hidden-body',
  hiddenContact: 'zqcanary-hidden-contact',
  hiddenTag: 'zqcanary-hidden-tag',
  roleToHidden: 'zqcanary-role-to-hidden',
  defaultAliasSlug: 'zqcanary-default-alias-slug',
  defaultAliasName: 'Zqcanarydefault Name',
} as const;

export const ALIAS = 'Resident on Canary Row';

const element = (front: string[], body: string) => ['---', ...front, '---', body, ''].join('\n');

/** A small commons whose private elements carry a canary in every field and file name. */
export async function writeCanaryContent(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'care-map-canary-'));
  const c = CANARIES;
  const files: Record<string, string> = {
    'site.yml': 'title: Canary Commons\ndescription: A fixture for the privacy test.\nrepository: https://github.com/example/canary\n',
    'maps/main.md': element(['title: Main map', 'default: true'], 'The whole commons.'),
    'maps/second.md': element(['title: Second map'], 'A second view.'),
    'elements/canary-co-op.md': element(['name: Canary Co-op', 'type: convening-partner', 'reviewed: 2026-01-01'], 'Convenes the commons.'),
    'elements/helpful-neighbour.md': element(
      [
        'name: Helpful Neighbour',
        'type: person',
        'care:',
        '  informal: [shopping]',
        'connections:',
        '  - to: canary-co-op',
        '    type: commons-membership',
        '    role: community member',
        `  - to: ${c.anonymisedSlug}`,
        '    type: shared-support-plan',
        `    role: ${c.roleToAnonymised}`,
        `    note: ${c.noteToAnonymised}`,
        `    since: ${c.anonymisedSince}`,
        '    care:',
        '      informal: [shopping]',
      ],
      'Does the weekly shop for a neighbour.',
    ),
    [`elements/${c.anonymisedSlug}.md`]: element(
      [
        `name: ${c.anonymisedName}`,
        'type: supported-person',
        `alias: ${ALIAS}`,
        `summary: ${c.anonymisedSummary}`,
        `area: ${c.anonymisedArea}`,
        `website: ${c.anonymisedWebsite}`,
        `tags: [${c.anonymisedTag}]`,
        'reviewed: 2026-01-01',
        'connections:',
        '  - to: canary-co-op',
        '    type: commons-membership',
        `    role: ${c.anonymisedOwnRole}`,
        `    note: ${c.anonymisedOwnNote}`,
      ],
      `${c.anonymisedBody}\n\nMore private text.`,
    ),
    [`elements/${c.defaultAliasSlug}.md`]: element(
      [`name: ${c.defaultAliasName}`, 'type: supported-person', 'connections:', '  - to: canary-co-op', '    type: inactive-commons-membership'],
      'Private.',
    ),
    [`elements/${c.hiddenSlug}.md`]: element(
      [
        `name: ${c.hiddenName}`,
        'type: organisation',
        'privacy: hidden',
        'care:',
        '  formal: [advocacy]',
        `summary: ${c.hiddenSummary}`,
        `contact: ${c.hiddenContact}`,
        `tags: [${c.hiddenTag}]`,
        'connections:',
        '  - to: canary-co-op',
        '    type: commons-membership',
        `  - to: ${c.anonymisedSlug}`,
        '    type: not-in-support-plan',
        `    role: ${c.roleToHidden}`,
        '    care:',
        '      formal: [advocacy]',
      ],
      c.hiddenBody,
    ),
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}
