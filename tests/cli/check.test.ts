import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP } from '../../src/cli/main.ts';
import { makeContent, markdown, MEMBER_OF_CO_OP } from '../helpers/content.ts';
import { runCli } from '../helpers/io.ts';

const TYPO = { 'elements/new-group.md': markdown(['name: New Group', 'type: gruop', ...MEMBER_OF_CO_OP]) };
const TYPO_LINE = 'content/elements/new-group.md:3:7: error: unknown element type "gruop"; did you mean "group"? (unknown-type)';
const LONELY = { 'elements/new-group.md': markdown(['name: New Group', 'type: group']) };
const LONELY_LINE = 'content/elements/new-group.md:2:1: warning: "new-group" has no connections, so it floats alone on the map; add a membership of the convening partner or a support connection (isolated-element)';

describe('care-map check', () => {
  it('exits 0 and prints no diagnostics for valid content', async () => {
    const { root } = await makeContent();
    const result = await runCli(['check'], { cwd: root });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '✔ content: 4 elements checked, 0 errors, 0 warnings' });
  });

  it('exits 1 and prints each error as path:line:column: severity: message (rule-id)', async () => {
    const { root } = await makeContent(TYPO);
    const result = await runCli(['check'], { cwd: root });
    expect(result).toEqual({ code: 1, stdout: TYPO_LINE, stderr: '✖ 1 error, 0 warnings in content' });
  });

  it('exits 0 with warnings only, and prints them', async () => {
    const { root } = await makeContent(LONELY);
    const result = await runCli(['check'], { cwd: root });
    expect(result).toEqual({ code: 0, stdout: LONELY_LINE, stderr: '✔ content: 5 elements checked, 0 errors, 1 warning' });
  });

  it('a file that is not .md is a warning with a rename hint, and does not fail the check', async () => {
    const { root } = await makeContent({ 'elements/new-group.markdown': markdown(['name: New Group', 'type: group', ...MEMBER_OF_CO_OP]) });
    const result = await runCli(['check'], { cwd: root });
    expect(result).toEqual({
      code: 0,
      stdout: 'content/elements/new-group.markdown:1:1: warning: only .md files are read in elements/, so this file is ignored; rename it to "new-group.md" (ignored-file)',
      stderr: '✔ content: 4 elements checked, 0 errors, 1 warning',
    });
  });

  it('a private name in a public description fails the check', async () => {
    const { root } = await makeContent({ 'elements/corner-cafe.md': (old) => old.replace('Soup on Tuesdays.', 'Soup on Tuesdays; Ada has the leek one.') });
    const result = await runCli(['check'], { cwd: root });
    expect(result).toEqual({
      code: 1,
      stdout: 'content/elements/corner-cafe.md:18:19: error: the description mentions "Ada", from the name of "ada-brown", which is anonymised; it would be published. Write "a neighbour" or the alias instead (private-name)',
      stderr: '✖ 1 error, 0 warnings in content',
    });
  });

  it('reports errors and warnings together, errors still deciding the exit code', async () => {
    const { root } = await makeContent({ ...TYPO, 'elements/lonely-hall.md': markdown(['name: Lonely Hall', 'type: organisation']) });
    const result = await runCli(['check'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      'content/elements/lonely-hall.md:2:1: warning: "lonely-hall" has no connections, so it floats alone on the map; add a membership of the convening partner or a support connection (isolated-element)',
      TYPO_LINE,
    ]);
    expect(result.stderr).toBe('✖ 1 error, 1 warning in content');
  });

  it('--format github prints workflow commands', async () => {
    const { root } = await makeContent({ ...TYPO, 'elements/lonely-hall.md': markdown(['name: Lonely Hall', 'type: organisation']) });
    const result = await runCli(['check', '--format', 'github'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      '::warning file=content/elements/lonely-hall.md,line=2,col=1,title=isolated-element::"lonely-hall" has no connections, so it floats alone on the map; add a membership of the convening partner or a support connection',
      '::error file=content/elements/new-group.md,line=3,col=7,title=unknown-type::unknown element type "gruop"; did you mean "group"?',
    ]);
  });

  it('--format json prints only a JSON array of {file, line, column, severity, rule, message}', async () => {
    const { root } = await makeContent(TYPO);
    const result = await runCli(['check', '--format=json'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([
      { file: 'content/elements/new-group.md', line: 3, column: 7, severity: 'error', rule: 'unknown-type', message: 'unknown element type "gruop"; did you mean "group"?' },
    ]);
  });

  it('--format json prints [] for valid content, exit 0', async () => {
    const { root } = await makeContent();
    const result = await runCli(['check', '--format', 'json'], { cwd: root });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('--content DIR checks another folder, paths relative to the current folder', async () => {
    const { root } = await makeContent(TYPO);
    const shown = `${path.basename(root)}/content`;
    const result = await runCli(['check', '--content', shown], { cwd: path.dirname(root) });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(TYPO_LINE.replace('content/', `${shown}/`));
    expect(result.stderr).toBe(`✖ 1 error, 0 warnings in ${shown}`);
  });

  it('--content accepts an absolute path', async () => {
    const { root, dir } = await makeContent(TYPO);
    const result = await runCli(['check', `--content=${dir}`], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(TYPO_LINE);
  });

  it('CARE_MAP_CONTENT names the folder when --content does not', async () => {
    const { root } = await makeContent(TYPO);
    const viaEnv = await runCli(['check'], { cwd: path.dirname(root), env: { CARE_MAP_CONTENT: `${path.basename(root)}/content` } });
    expect(viaEnv.code).toBe(1);
    expect(viaEnv.stdout).toBe(`${path.basename(root)}/${TYPO_LINE}`);
  });

  it('--content wins over CARE_MAP_CONTENT', async () => {
    const { root } = await makeContent();
    const result = await runCli(['check', '--content', 'content'], { cwd: root, env: { CARE_MAP_CONTENT: 'elsewhere' } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('✔ content: 4 elements checked, 0 errors, 0 warnings');
  });

  it('an empty CARE_MAP_CONTENT falls back to "content"', async () => {
    const { root } = await makeContent(TYPO);
    const result = await runCli(['check'], { cwd: root, env: { CARE_MAP_CONTENT: '' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(TYPO_LINE);
  });

  it('a content folder that does not exist exits 1 with a diagnostic', async () => {
    const { root } = await makeContent();
    const result = await runCli(['check', '--content', 'contnet'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('contnet:1:1: error: content folder not found; pass --content DIR or set CARE_MAP_CONTENT (unreadable-file)');
  });

  it.each([
    [['check', '--strict'], 'care-map: unknown option "--strict"'],
    [['check', '--format', 'xml'], 'care-map: unknown format "xml"; use text, github, json or summary'],
    [['check', '--format'], 'care-map: option "--format" needs a value'],
    [['check', 'content'], 'care-map: check takes no arguments, got "content"'],
    [['chek'], 'care-map: unknown command "chek"'],
  ])('usage mistake %j exits 2 with the reason and the help', async (argv, reason) => {
    const { root } = await makeContent(TYPO);
    const result = await runCli(argv, { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${reason}\n\n${HELP}`);
  });

  it('no command prints the help and exits 2; --help exits 0', async () => {
    const { root } = await makeContent();
    expect(await runCli([], { cwd: root })).toEqual({ code: 2, stdout: HELP, stderr: '' });
    expect(await runCli(['--help'], { cwd: root })).toEqual({ code: 0, stdout: HELP, stderr: '' });
    expect(await runCli(['check', '--help'], { cwd: root })).toEqual({ code: 0, stdout: HELP, stderr: '' });
  });
});
