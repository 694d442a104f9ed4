import { spawnSync } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContent, PROJECT_ROOT } from '../helpers/content.ts';

const SCRIPT = path.join(PROJECT_ROOT, '.github/scripts/review-issue.sh');

/**
 * Runs the reminder workflow's script with a `gh` on the PATH that records
 * what it is asked and answers `issue list` with `openIssue`; the body file
 * passed to create or edit is kept.
 */
async function runReminder(changes: Parameters<typeof makeContent>[0], openIssue: string) {
  const { root } = await makeContent(changes);
  const bin = path.join(root, 'bin');
  await mkdir(bin);
  await writeFile(
    path.join(bin, 'gh'),
    [
      '#!/usr/bin/env bash',
      'echo "gh $*" >> "$GH_LOG"',
      'if [ "$1 $2" = "issue list" ]; then [ -n "$OPEN_ISSUE" ] && echo "$OPEN_ISSUE"; exit 0; fi',
      'while [ $# -gt 0 ]; do if [ "$1" = "--body-file" ]; then cp "$2" "$GH_BODY"; fi; shift; done',
    ].join('\n'),
  );
  await chmod(path.join(bin, 'gh'), 0o755);
  const log = path.join(root, 'gh.log');
  const body = path.join(root, 'body.md');
  const run = spawnSync('bash', [SCRIPT], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:${process.env['PATH']}`, GH_LOG: log, GH_BODY: body, OPEN_ISSUE: openIssue, CARE_MAP_CONTENT: 'content' },
  });
  const read = (file: string) => readFile(file, 'utf8').catch(() => '');
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, calls: (await read(log)).trim().split('\n').filter(Boolean), body: await read(body) };
}

const reviewedToday = (text: string) => text.replace(/^type: (.*)$/m, `type: $1\nreviewed: ${new Date().toISOString().slice(0, 10)}`);
const allReviewed = Object.fromEntries(['ada-brown', 'ben-carter', 'corner-cafe', 'mill-lane-care-co-op'].map((id) => [`elements/${id}.md`, reviewedToday]));

describe('the review reminder workflow (.github/scripts/review-issue.sh)', () => {
  it('opens the issue when entries are due, public ones named with edit links, private ones counted', async () => {
    const result = await runReminder({}, '');
    expect(result.status).toBe(0);
    expect(result.calls).toEqual([expect.stringMatching(/^gh issue list --state open /), expect.stringMatching(/^gh issue create --title Entries due for review --body-file /)]);
    expect(result.body).toContain('- [ ] Ben Carter: never checked ([edit the entry](https://github.com/example/mill-lane-care-map/edit/main/content/elements/ben-carter.md))');
    expect(result.body).toContain('1 private entry is also due; an organiser can list them with `care-map review`.');
    expect(result.body).not.toMatch(/Ada|ada-brown/);
  });

  it('updates the open issue rather than opening a second one', async () => {
    const result = await runReminder({}, '42');
    expect(result.calls[1]).toMatch(/^gh issue edit 42 --body-file /);
    expect(result.stdout).toContain('Updated issue #42: 4 entries due.');
  });

  it('closes it when nothing is due, and does nothing when there is none', async () => {
    const closed = await runReminder(allReviewed, '42');
    expect(closed.calls[1]).toMatch(/^gh issue close 42 --comment /);
    const none = await runReminder(allReviewed, '');
    expect(none.calls).toHaveLength(1);
    expect(none.stdout).toContain('Nothing is due for review.');
  });

  it('fails, leaving the issue alone, when the content has errors', async () => {
    const result = await runReminder({ 'elements/ben-carter.md': (text) => text.replace('type: person', 'type: persn') }, '42');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The content has errors');
    expect(result.calls.filter((c) => !c.startsWith('gh issue list'))).toEqual([]);
  });
});
