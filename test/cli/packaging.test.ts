// What `npm install` and `npm run package` leave a new contributor with (issue 11, item 9): no
// install-script warnings, and no stale source maps beside a production build; and what a
// reporter who installs the .vsix reads (item 10): how to install it, a configuration example
// that works outside this repository, a changelog. The installed .vsix itself is checked by
// scripts/vscode/vsix-smoke.mjs (the last stage of `npm test`).
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PROJECT_ROOT } from './helpers';

describe('packaging', () => {
  it('reviews every dependency install script in package.json allowScripts, so npm install has nothing to warn about', () => {
    const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
    const lock = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };
    const reviewed = new Set(Object.keys(manifest.allowScripts ?? {}).map((key) => key.replace(/(.)@[^@/]*$/, '$1')));
    const withScripts = Object.entries(lock.packages)
      .filter(([where, entry]) => where && entry.hasInstallScript)
      .map(([where]) => where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length));
    assert.ok(withScripts.length > 0, 'the lockfile lists no install scripts: the test reads it wrongly');
    assert.deepEqual(withScripts.filter((name) => !reviewed.has(name)), []);
  });

  it('removes the source maps of a development build when it builds for production', function () {
    this.timeout(60_000);
    // In a copy, so the tests never change the project's own dist/.
    const copy = mkdtempSync(path.join(tmpdir(), 'newsdesk-build-'));
    try {
      for (const entry of ['scripts', 'src', 'package.json', 'tsconfig.json']) cpSync(path.join(PROJECT_ROOT, entry), path.join(copy, entry), { recursive: true });
      symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
      execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: copy });
      assert.ok(existsSync(path.join(copy, 'dist', 'extension.js.map')), 'a development build writes source maps');
      writeFileSync(path.join(copy, 'dist', 'cli.js.map'), '{}');
      execFileSync(process.execPath, ['scripts/build.mjs', '--production'], { cwd: copy });
      assert.equal(existsSync(path.join(copy, 'dist', 'extension.js.map')), false, 'dist/extension.js.map outlived the production build');
      assert.equal(existsSync(path.join(copy, 'dist', 'cli.js.map')), false, 'dist/cli.js.map outlived the production build');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('tells a reporter how to install the .vsix before the developer set-up', () => {
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const installing = readme.indexOf('\n## Installing\n');
    const quickStart = readme.indexOf('\n## Quick start');
    assert.ok(installing > 0 && quickStart > installing, 'no "## Installing" section before the quick start');
    const section = readme.slice(installing, quickStart);
    assert.match(section, /Install from VSIX…/);
    assert.match(section, /--install-extension/);
  });

  it('needs no $schema line in .newsdesk.json: the extension supplies the schema, and the examples do not point into node_modules', () => {
    const manifest = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { contributes: { jsonValidation?: Array<{ fileMatch: string; url: string }> } };
    const validation = manifest.contributes.jsonValidation?.find((entry) => entry.fileMatch === '.newsdesk.json');
    assert.ok(validation && existsSync(path.join(PROJECT_ROOT, validation.url)), 'the extension does not supply the .newsdesk.json schema');
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    assert.doesNotMatch(readme, /"\$schema":\s*"[^"]*node_modules/);
    // A relative $schema breaks as soon as the file is copied elsewhere (npm start's and the tests' workspaces).
    const fixture = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'fixtures', '.newsdesk.json'), 'utf8')) as { $schema?: string };
    assert.ok(fixture.$schema === undefined || /^https:\/\//.test(fixture.$schema), `fixtures/.newsdesk.json has $schema ${fixture.$schema}`);
  });

  it('keeps a CHANGELOG.md with the version being released, packed into the .vsix', () => {
    const { version } = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
    const changelog = readFileSync(path.join(PROJECT_ROOT, 'CHANGELOG.md'), 'utf8');
    assert.match(changelog, new RegExp(`^## ${version.replace(/\./g, '\\.')}\\b`, 'm'));
    assert.match(readFileSync(path.join(PROJECT_ROOT, '.vscodeignore'), 'utf8'), /^!CHANGELOG\.md$/m);
  });
});
