// What `npm install` and `npm run package` leave a new contributor with (issue 11, item 9): no
// install-script warnings, and no stale source maps beside a production build.
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
});
