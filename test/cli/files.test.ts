// Finding articles, decoding them, and finding the configuration that applies to each.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { ConfigResolver, decodeArticle, displayPath, findArticleFiles } from '../../src/cli/files';
import { makeTempTree } from './helpers';

describe('findArticleFiles', () => {
  let tree: ReturnType<typeof makeTempTree>;
  before(() => {
    tree = makeTempTree({
      'b.news': 'x',
      'a/z.txt': 'x',
      'a/y.MD': 'x',
      'a/notes.rst': 'x',
      'a/node_modules/pkg/readme.md': 'x',
      'a/.git/description.txt': 'x',
      'a/.hidden.md': 'x',
      'empty/notes.rst': 'x',
    });
  });
  after(() => tree.cleanup());

  it('walks directories for article extensions, sorted, skipping node_modules and dot-folders', async () => {
    const { files, problems } = await findArticleFiles(['a', 'b.news'], tree.root);
    assert.deepEqual(problems, []);
    assert.deepEqual(files.map((file) => path.relative(tree.root, file)), [path.join('a', '.hidden.md'), path.join('a', 'y.MD'), path.join('a', 'z.txt'), 'b.news']);
  });

  it('takes named files whatever their extension, once each', async () => {
    const { files } = await findArticleFiles(['a/notes.rst', 'a/notes.rst', './a/notes.rst'], tree.root);
    assert.equal(files.length, 1);
  });

  it('reports missing paths and directories without articles', async () => {
    const { files, problems } = await findArticleFiles(['nothing.news', 'empty'], tree.root);
    assert.deepEqual(files, []);
    assert.deepEqual(problems, [
      { path: 'nothing.news', message: 'no such file or directory' },
      { path: 'empty', message: 'no article files (.news, .md, .markdown, .txt) in this directory' },
    ]);
  });
});

describe('decodeArticle', () => {
  it('decodes UTF-8 and drops the byte order mark, so offsets match the editor', () => {
    assert.deepEqual(decodeArticle(Buffer.from('\uFEFFHé said.', 'utf8')), { text: 'Hé said.' });
  });

  it('refuses binary, UTF-16 and other non-UTF-8 files', () => {
    assert.deepEqual(decodeArticle(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00])), { problem: 'binary file, not an article' });
    assert.deepEqual(decodeArticle(Buffer.from('\uFEFFhi', 'utf16le')), { problem: 'the file is UTF-16 text; save it as UTF-8' });
    assert.deepEqual(decodeArticle(Buffer.from('caf\xe9', 'latin1')), { problem: 'not UTF-8 text; save it as UTF-8' });
  });
});

describe('displayPath', () => {
  it('is relative inside the working directory and absolute outside it', () => {
    assert.equal(displayPath('/work/desk/a/b.news', '/work/desk'), path.join('a', 'b.news'));
    assert.equal(displayPath('/elsewhere/b.news', '/work/desk'), '/elsewhere/b.news');
  });
});

describe('ConfigResolver', () => {
  let tree: ReturnType<typeof makeTempTree>;
  before(() => {
    tree = makeTempTree({
      'desk/.newsdesk.json': '{ "cueVerbs": ["quipped"] }',
      'desk/politics/deep/a.news': 'x',
      'desk/sport/.newsdesk.json': '{ "cueVerbs": 3 }',
      'desk/culture/.newsdesk.json/not-a-file': 'x',
    });
  });
  after(() => tree.cleanup());

  it('finds the nearest .newsdesk.json in or above a directory', async () => {
    const resolver = new ConfigResolver(tree.root);
    const loaded = await resolver.forDirectory(path.join(tree.root, 'desk', 'politics', 'deep'));
    assert.ok(loaded.ok);
    assert.equal(loaded.path, path.join(tree.root, 'desk', '.newsdesk.json'));
    assert.deepEqual(loaded.config.cueVerbs, ['quipped']);
  });

  it('skips a directory named .newsdesk.json', async () => {
    const loaded = await new ConfigResolver(tree.root).forDirectory(path.join(tree.root, 'desk', 'culture'));
    assert.equal(loaded.path, path.join(tree.root, 'desk', '.newsdesk.json'));
  });

  it('reports an invalid configuration with its path relative to the working directory', async () => {
    const loaded = await new ConfigResolver(tree.root).forDirectory(path.join(tree.root, 'desk', 'sport'));
    assert.ok(!loaded.ok);
    assert.deepEqual(loaded.problems, [{ path: path.join('desk', 'sport', '.newsdesk.json'), message: 'cueVerbs: expected an array, got a number', line: 1, column: 15 }]);
  });

  it('loads each configuration once', async () => {
    const resolver = new ConfigResolver(tree.root);
    const first = await resolver.forDirectory(path.join(tree.root, 'desk'));
    const second = await resolver.forDirectory(path.join(tree.root, 'desk', 'politics'));
    assert.equal(first, second);
  });
});
