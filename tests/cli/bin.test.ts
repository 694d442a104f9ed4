import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, PROJECT_ROOT } from '../helpers/content.ts';
import { spawnCli } from '../helpers/io.ts';

describe('bin/care-map.js, run as a real process', () => {
  it('check on broken content exits 1 and prints every problem', () => {
    const result = spawnCli(['check', '--content', 'broken'], { cwd: FIXTURES });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'broken/elements/corner-cafe.md:3:7: error: unknown element type "buisness"; did you mean "business"? (unknown-type)',
        'broken/elements/corner-cafe.md:4:10: error: "website" must be an address starting with http:// or https://; got "ftp://corner-cafe.example.org" (invalid-url)',
        'broken/elements/kettle-club.md:5:9: error: connection to "tea-hose", which does not exist; did you mean "tea-house"? (dangling-connection)',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe('✖ 3 errors, 0 warnings in broken\n');
  });

  it('check on valid content exits 0, and honours CARE_MAP_CONTENT', () => {
    const result = spawnCli(['check', '--format', 'json'], { cwd: FIXTURES, env: { CARE_MAP_CONTENT: 'valid' } });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('a usage mistake exits 2', () => {
    const result = spawnCli(['check', '--format', 'yaml'], { cwd: FIXTURES });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^care-map: unknown format "yaml"; use text, github, json or summary\n/);
  });

  it("the project's example content passes check with no errors", async () => {
    const elements = (await readdir(path.join(PROJECT_ROOT, 'content', 'elements'))).filter((name) => name.endsWith('.md'));
    const result = spawnCli(['check'], { cwd: PROJECT_ROOT });
    expect(result.stdout.split('\n').filter((line) => line.includes(': error: '))).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`^✔ content: ${elements.length} elements checked, 0 errors, \\d+ warnings?\\n$`));
  });

  it('the README\'s npm scripts run it on a fresh clone, where npm links no bin of the project itself', () => {
    // `npm ci` puts nothing of the project's own in node_modules/.bin, so the scripts must name the file.
    const result = spawnSync('npm', ['run', '--silent', 'check', '--', '--format', 'json'], { cwd: PROJECT_ROOT, env: { ...process.env, PATH: process.env['PATH']!.split(path.delimiter).filter((dir) => !dir.startsWith(PROJECT_ROOT)).join(path.delimiter) }, encoding: 'utf8' });
    expect(result.stderr).not.toContain('not found');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
  });
});
