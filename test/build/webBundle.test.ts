// The build check that keeps Node out of the web-worker bundle (scripts/web-bundle.mjs): a Node
// built-in module fails the build, a Node global is found in the output, and the extension's own
// browser entry passes both.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';

interface WebBundle {
  webBundleOptions(): esbuild.BuildOptions;
  unexpectedExternals(metafile: esbuild.Metafile): string[];
  nodeGlobalsUsed(outfile: string): string[];
}

const ROOT = resolve(__dirname, '../../..');
// A path in a variable: tsc keeps the dynamic import (an ES module) as it is.
const WEB_BUNDLE = join(ROOT, 'scripts/web-bundle.mjs');

describe('build: the web-worker bundle has no Node in it', function () {
  this.timeout(60_000);
  let web: WebBundle;
  let dir: string;
  const bundle = async (source: string) => {
    const entry = join(dir, `entry-${Math.random().toString(36).slice(2)}.ts`);
    writeFileSync(entry, source);
    const outfile = `${entry}.js`;
    const result = await esbuild.build({ ...web.webBundleOptions(), logLevel: 'silent', entryPoints: [entry], outfile });
    return { result, outfile };
  };

  before(async () => {
    web = (await import(WEB_BUNDLE)) as WebBundle;
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-web-bundle-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('fails the build on a Node built-in module, with or without node:, naming it', async () => {
    for (const name of ['node:fs', 'path', 'fs/promises', 'stream']) {
      await assert.rejects(bundle(`import * as m from '${name}';\nconsole.log(m);\n`), (error: esbuild.BuildFailure) => {
        assert.match(error.errors.map((e) => e.text).join('\n'), new RegExp(`"${name}" is a Node built-in`));
        return true;
      }, name);
    }
  });

  it('finds Node globals used in the output, and none in code that does without them', async () => {
    const dirty = await bundle('export const bytes = Buffer.from("x");\nsetImmediate(() => undefined);\n');
    assert.deepEqual(web.nodeGlobalsUsed(dirty.outfile).map((message) => message.replace(/^.* uses Node's global (\w+).*$/, '$1')).sort(), ['Buffer', 'setImmediate']);
    const clean = await bundle('export const bytes = new TextEncoder().encode("x");\nsetTimeout(() => undefined, 0);\n');
    assert.deepEqual(web.nodeGlobalsUsed(clean.outfile), []);
  });

  it('passes the extension\'s browser entry: nothing external but vscode, no Node global', async () => {
    const outfile = join(dir, 'web.js');
    const result = await esbuild.build({ ...web.webBundleOptions(), logLevel: 'silent', entryPoints: [join(ROOT, 'src/extension/host/web.ts')], outfile });
    assert.deepEqual(web.unexpectedExternals(result.metafile!), []);
    assert.deepEqual(web.nodeGlobalsUsed(outfile), []);
  });
});
