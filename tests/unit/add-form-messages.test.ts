import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNewElement } from '../../src/client/add/check-new-element.ts';
import { elementText } from '../../src/client/add/element-text.ts';
import { emptyCareOffer, type NewConnection, type NewElement } from '../../src/client/add/new-element.ts';
import { formatText } from '../../src/core/diagnostic-format.ts';
import type { FieldPath } from '../../src/core/source.ts';
import { parseMarkdownSource } from '../../src/load/front-matter.ts';
import { addFormFile } from '../../src/site/add-form-file.ts';
import { checkedCommons } from '../../src/site/published-site.ts';
import { makeContent, markdown, TODAY } from '../helpers/content.ts';
import { runCli } from '../helpers/io.ts';

/** A public supported person, so that support connections have a public end to point at. */
const PUBLIC_PERSON = markdown(['name: Cy Dale', 'type: supported-person', 'privacy: public', 'connections:', '  - to: mill-lane-care-co-op', '    type: commons-membership']);

function entry(fields: Partial<NewElement>): NewElement {
  return { name: '', type: '', summary: '', area: '', website: '', contact: '', care: emptyCareOffer(), tags: '', maps: [], alias: '', reviewed: TODAY, connections: [], body: '', ...fields };
}
function connection(fields: Partial<NewConnection>): NewConnection {
  return { to: '', type: '', since: '', role: '', note: '', care: emptyCareOffer(), ...fields };
}
const member = connection({ to: 'mill-lane-care-co-op', type: 'commons-membership' });

/** Form states, each written as one file: good ones and every kind of mistake the form lets through or a hand could make. */
const CASES: Record<string, NewElement> = {
  'complete-group': entry({ name: 'Complete Group', type: 'group', summary: 'Walks: every Wednesday #1', area: 'Mill Lane', website: 'https://walk.example.org', contact: 'Phone: 01632 960100', care: { formal: [], informal: ['companionship'] }, tags: 'walking, yes, 017', maps: ['service'], connections: [{ ...member, since: '2026-01-02', role: 'community member', note: 'Joined at the fair' }], body: 'We walk.\n\nAll welcome.' }),
  'bad-website': entry({ name: 'Bad Website', type: 'business', website: 'www.example.org', connections: [member] }),
  'empty-name': entry({ name: '', type: 'group', connections: [member] }),
  'no-type': entry({ name: 'No Type', connections: [member] }),
  'lonely-person': entry({ name: 'Lonely Person', type: 'person', contact: 'never written for a person' }),
  'wrong-pair': entry({ name: 'Wrong Pair', type: 'business', connections: [member, connection({ to: 'corner-cafe', type: 'shared-support-plan' })] }),
  'care-not-listed': entry({ name: 'Care Not Listed', type: 'group', connections: [member, connection({ to: 'cy-dale', type: 'not-in-support-plan', care: { formal: [], informal: ['shopping'] } })] }),
  'supported-receives': entry({ name: 'Supported Receives', type: 'supported-person', alias: 'Walker on Mill Lane', connections: [connection({ to: 'corner-cafe', type: 'shared-support-plan', care: { formal: ['personal-care'], informal: ['meals'] } })] }),
  'care-on-membership': entry({ name: 'Care On Membership', type: 'group', connections: [{ ...member, care: { formal: [], informal: ['meals'] } }] }),
  'half-connection': entry({ name: 'Half Connection', type: 'group', connections: [connection({}), connection({ to: 'mill-lane-care-co-op' }), member, member] }),
  'long-and-html': entry({ name: 'Long And Html', type: 'organisation', summary: 'x'.repeat(281), connections: [{ ...member, since: '2026-02-30' }], body: 'Hello <script>alert(1)</script>\n\n<span onclick="x()">hi</span>' }),
  'overdue-review': entry({ name: 'Overdue Review', type: 'group', reviewed: '2020-01-01', connections: [member] }),
};

describe('the add form checks a file in the very words of care-map check', () => {
  it('gives, for the same file, the same diagnostics as the CLI: text, line and column', async () => {
    const { root, dir } = await makeContent({ 'elements/cy-dale.md': PUBLIC_PERSON });
    const { commons } = await checkedCommons(dir, { today: TODAY });
    const form = addFormFile(commons!);
    expect(form.elements.map((e) => e.id)).toEqual(['ben-carter', 'corner-cafe', 'cy-dale', 'mill-lane-care-co-op']);

    const browser: string[] = [];
    for (const [slug, state] of Object.entries(CASES)) {
      const file = `content/elements/${slug}.md`;
      const written = elementText(state);
      await writeFile(path.join(dir, 'elements', `${slug}.md`), written.text);
      browser.push(...checkNewElement(file, written, form, TODAY).map(formatText));
    }
    const cli = await runCli(['check'], { cwd: root });
    const forCases = cli.stdout.split('\n').filter((line) => Object.keys(CASES).some((slug) => line.startsWith(`content/elements/${slug}.md:`)));
    // The CLI's own today is the real one: only the review case's day count differs, so that line is compared by its start.
    const stable = (lines: string[]) => lines.map((line) => line.replace(/, \d+ days ago/, ', N days ago')).sort();
    expect(stable(browser)).toEqual(stable(forCases));
    // Every kind of mistake above was found, so the comparison compares something.
    expect(elementText(CASES['lonely-person']!).text).not.toContain('contact');
    const rules = new Set(browser.map((line) => /\(([a-z-]+)\)$/.exec(line)![1]));
    expect([...rules].sort()).toEqual(
      ['care-not-offered', 'care-on-membership', 'connection-rule', 'duplicate-connection', 'invalid-date', 'invalid-url', 'invalid-value', 'isolated-element', 'missing-key', 'review-overdue', 'too-long', 'unsafe-html'].sort(),
    );
  });

  it('reads its file as the loader does: the same data, body and positions of every key and value', () => {
    const awkward = entry({
      name: 'Café “Rosa” & Sons: Est. 1990',
      type: 'business',
      summary: 'true',
      area: '017',
      website: 'https://rosa.example.org/a?b=c&d=e',
      contact: 'Flat #3, 2nd floor - ring twice',
      tags: 'a, b: c, [x], null, Ünïcödé, it’s',
      alias: 'x',
      connections: [connection({}), { ...member, note: '- dash first', role: '  spaced   out  ' }, connection({ to: 'ada-brown', type: 'shared-support-plan', care: { formal: ['a-b'], informal: ['c', 'd'] } })],
      body: 'Line one\r\n\n---\nnot front matter\n\n\n',
    });
    for (const state of [...Object.values(CASES), awkward, entry({}), entry({ type: 'supported-person', name: 'S', alias: 'Neighbour: on the row' })]) {
      const written = elementText(state);
      const parsed = parseMarkdownSource('x.md', written.text);
      if (!parsed.ok) throw new Error(parsed.diagnostics.map((d) => d.message).join('\n'));
      expect(written.data).toEqual(parsed.doc.data);
      expect(written.body).toBe(parsed.doc.body);
      expect(written.bodyLine).toBe(parsed.doc.bodyLine);
      for (const at of pathsIn(parsed.doc.data)) {
        for (const part of ['key', 'value'] as const) expect(written.locate(at, part), `${at.join('.')} ${part}`).toEqual(parsed.doc.locate(at, part));
      }
    }
  });

  it('writes values that need it in double quotes, and leaves the rest plain', () => {
    const { text } = elementText(CASES['complete-group']!);
    expect(text).toBe(
      [
        '---',
        'name: Complete Group',
        'type: group',
        'summary: "Walks: every Wednesday #1"',
        'area: Mill Lane',
        'website: https://walk.example.org',
        'contact: "Phone: 01632 960100"',
        'care:',
        '  informal: [companionship]',
        'tags: [walking, yes, "017"]',
        'maps: [service]',
        `reviewed: ${TODAY}`,
        'connections:',
        '  - to: mill-lane-care-co-op',
        '    type: commons-membership',
        '    since: 2026-01-02',
        '    role: community member',
        '    note: Joined at the fair',
        '---',
        'We walk.',
        '',
        'All welcome.',
        '',
      ].join('\n'),
    );
  });
});

/** Every path in a value, and one step past each (a key that is not there), as the rules ask for them. */
function pathsIn(value: unknown, at: FieldPath = []): FieldPath[] {
  const out: FieldPath[] = [at, [...at, 'missing'], [...at, 5]];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...pathsIn(item, [...at, i])));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) out.push(...pathsIn(item, [...at, key]));
  return out;
}
