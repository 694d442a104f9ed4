import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContent, markdown, MEMBER_OF_CO_OP } from '../helpers/content.ts';
import { runCli } from '../helpers/io.ts';

/** `care-map review` uses the real today, so dates here are relative to it. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

const reviewed = (date: string) => (old: string) => old.replace(/^type: (.*)$/m, `type: $1\nreviewed: ${date}`);

describe('care-map review', () => {
  it('lists never-reviewed elements first, then the oldest reviews first; exit 0', async () => {
    const { root } = await makeContent({
      'elements/ada-brown.md': reviewed(daysAgo(400)),
      'elements/ben-carter.md': reviewed(daysAgo(1000)),
      'elements/corner-cafe.md': reviewed(daysAgo(0)),
    });
    const result = await runCli(['review'], { cwd: root });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('content/elements/mill-lane-care-co-op.md\tnever reviewed\tMill Lane Care Co-op');
    expect(lines[1]).toMatch(new RegExp(`^content/elements/ben-carter\\.md\\treviewed ${daysAgo(1000).slice(0, 7)}-\\d\\d \\(\\d+ days ago\\)\\tBen Carter$`));
    expect(lines[2]).toMatch(new RegExp(`^content/elements/ada-brown\\.md\\treviewed ${daysAgo(400).slice(0, 7)}-\\d\\d \\(\\d+ days ago\\)\\tAda Brown$`));
    expect(result.stderr).toBe('3 of 4 elements need a review (older than 365 days or never reviewed)');
  });

  it('says so when every element was reviewed recently', async () => {
    const today = daysAgo(0);
    const { root } = await makeContent({
      'elements/ada-brown.md': reviewed(today),
      'elements/ben-carter.md': reviewed(today),
      'elements/corner-cafe.md': reviewed(today),
      'elements/mill-lane-care-co-op.md': reviewed(today),
    });
    expect(await runCli(['review'], { cwd: root })).toEqual({ code: 0, stdout: 'All 4 elements were reviewed in the last 365 days.', stderr: '' });
  });

  it('exits 0 and points at check when the content has errors', async () => {
    const { root } = await makeContent({ 'elements/new-group.md': markdown(['name: New Group', 'type: gruop', ...MEMBER_OF_CO_OP]) });
    expect(await runCli(['review'], { cwd: root })).toEqual({
      code: 0,
      stdout: '',
      stderr: '✖ content has 1 error, 0 warnings; run "care-map check" and fix them first',
    });
  });

  it('honours --content and CARE_MAP_CONTENT', async () => {
    const { root } = await makeContent();
    const cwd = path.dirname(root);
    const dir = `${path.basename(root)}/content`;
    const viaOption = await runCli(['review', '--content', dir], { cwd });
    const viaEnv = await runCli(['review'], { cwd, env: { CARE_MAP_CONTENT: dir } });
    expect(viaOption.code).toBe(0);
    expect(viaOption.stdout.split('\n')).toHaveLength(4);
    expect(viaOption.stdout).toContain(`${dir}/elements/ada-brown.md\tnever reviewed\tAda Brown`);
    expect(viaEnv).toEqual(viaOption);
  });

  it('exits 2 for an argument or unknown option', async () => {
    const { root } = await makeContent();
    expect((await runCli(['review', 'now'], { cwd: root })).code).toBe(2);
    expect((await runCli(['review', '--format', 'html'], { cwd: root })).code).toBe(2);
  });

  it('--format markdown: public entries by name with their edit link, oldest first; private ones only counted', async () => {
    const { root } = await makeContent({
      'elements/ben-carter.md': reviewed(daysAgo(1000)),
      'elements/corner-cafe.md': reviewed(daysAgo(0)),
      'elements/harriet-quill.md': markdown(['name: Harriet Quill', 'type: person', 'privacy: hidden', ...MEMBER_OF_CO_OP]),
      'site.yml': (old) => old.replace('branch: main', 'branch: main\ncontent_path: maps/mill-lane'),
    });
    const result = await runCli(['review', '--format', 'markdown'], { cwd: root });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('4 of 5 entries were last checked more than 365 days ago, or never. Oldest first.');
    expect(lines.filter((l) => l.startsWith('- [ ]'))).toEqual([
      '- [ ] Mill Lane Care Co-op: never checked ([edit the entry](https://github.com/example/mill-lane-care-map/edit/main/maps/mill-lane/elements/mill-lane-care-co-op.md))',
      expect.stringMatching(/^- \[ \] Ben Carter: last checked \d+ \w+ \d{4} \(\[edit the entry\]\(https:\/\/github\.com\/example\/mill-lane-care-map\/edit\/main\/maps\/mill-lane\/elements\/ben-carter\.md\)\)$/),
    ]);
    expect(lines.at(-1)).toBe('2 private entries are also due; an organiser can list them with `care-map review`.');
    for (const word of ['Ada', 'ada-brown', 'Harriet', 'harriet-quill']) expect(result.stdout).not.toContain(word);
  });

  it('--format markdown says so when nothing is due', async () => {
    const today = daysAgo(0);
    const { root } = await makeContent(Object.fromEntries(['ada-brown', 'ben-carter', 'corner-cafe', 'mill-lane-care-co-op'].map((id) => [`elements/${id}.md`, reviewed(today)])));
    expect((await runCli(['review', '--format', 'markdown'], { cwd: root })).stdout).toBe('Nothing is due for review: all 4 entries were checked in the last 365 days.');
  });

  it('--format json: every entry due, with its privacy, and edit links for public ones only', async () => {
    const { root } = await makeContent({ 'elements/ben-carter.md': reviewed('2020-02-29') });
    const json = JSON.parse((await runCli(['review', '--format', 'json'], { cwd: root })).stdout);
    expect(json).toMatchObject({ reviewAfterDays: 365, elements: 4 });
    expect(json.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(json.due.map((d: { id: string }) => d.id)).toEqual(['ada-brown', 'corner-cafe', 'mill-lane-care-co-op', 'ben-carter']);
    expect(json.due[0]).toEqual({ id: 'ada-brown', name: 'Ada Brown', file: 'content/elements/ada-brown.md', privacy: 'anonymised' });
    expect(json.due[3]).toMatchObject({ id: 'ben-carter', reviewed: '2020-02-29', privacy: 'public', editUrl: 'https://github.com/example/mill-lane-care-map/edit/main/content/elements/ben-carter.md' });
  });
});
