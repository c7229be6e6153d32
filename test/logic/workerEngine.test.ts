// The Node host's engine worker (src/extension/host/workerEngine.ts, engineWorker.ts,
// engineProtocol.ts), outside VS Code: the analysis that crosses from the worker is the engine's
// own to the last field; a cancelled request gives nothing and the next one works; a worker that
// crashes or fails is started again, and after the last restart the host's own thread takes over,
// each stop told once. Uses the built worker script (dist/engine-worker.js: `npm run build`).
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { analyze, completeConfig } from '../../src/engine';
import type { Analysis } from '../../src/engine';
import type { Cancellation } from '../../src/extension/host/engine';
import { ITEMS_PER_PART, readAnalysisInSteps, writeAnalysis } from '../../src/extension/host/engineProtocol';
import type { ExtensionHost } from '../../src/extension/host/host';
import { WORKER_RESTARTS, WORKER_SCRIPT, WorkerEngine } from '../../src/extension/host/workerEngine';
import { repoRoot } from '../support/gold';

const DIST = join(repoRoot(), 'dist');
const host: ExtensionHost = { kind: 'node', later: (callback) => setImmediate(callback), debug: false, startEngine: () => { throw new Error('not used'); } };
const CONFIG = completeConfig();

function cancellation(): Cancellation & { cancel(): void } {
  const listeners: Array<() => void> = [];
  const token = {
    isCancellationRequested: false,
    onCancellationRequested(listener: () => void) {
      listeners.push(listener);
      return { dispose: () => listeners.splice(listeners.indexOf(listener), 1) };
    },
    cancel() {
      token.isCancellationRequested = true;
      for (const listener of [...listeners]) listener();
    },
  };
  return token;
}

function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const fixtureArticles = () => {
  const folder = join(repoRoot(), 'fixtures', 'articles');
  return readdirSync(folder).filter((name) => name.endsWith('.news')).map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
};

/** A worker script of its own in a folder of its own, to stand for a broken build. */
function brokenWorker(script: string): { folder: string; remove(): void } {
  const folder = mkdtempSync(join(tmpdir(), 'newsdesk-worker-'));
  writeFileSync(join(folder, WORKER_SCRIPT), script);
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

describe('extension host: the engine worker', function () {
  this.timeout(60_000);

  it('writes an analysis in parts of bounded size and reads it back unchanged', () => {
    const many: Analysis = analyze('Headline\n\n' + '“a '.repeat(15_000));
    assert.ok(many.diagnostics.length > 2 * ITEMS_PER_PART, `${many.diagnostics.length} findings: enough for several parts`);
    for (const analysis of [many, analyze(fixtureArticles()[0].text), { ...analyze(''), internalError: { message: 'broken', stack: 'at x' } }]) {
      const parts = writeAnalysis(analysis, 'full');
      for (const part of parts.slice(1)) assert.ok((deserialize(part) as [string, unknown[]])[1].length <= ITEMS_PER_PART);
      assert.ok(parts.every((part) => part.byteOffset === 0 && part.byteLength === part.buffer.byteLength), 'each part owns its buffer, to be handed over whole');
      assert.deepStrictEqual(runToEnd(readAnalysisInSteps(parts)), { analysis, assembly: 'full' });
    }
  });

  it('gives the engine\'s own analysis of every fixture article, and again after an edit', async () => {
    assert.ok(existsSync(join(DIST, WORKER_SCRIPT)), `${WORKER_SCRIPT} is not built: run npm run build`);
    const failures: string[] = [];
    const engine = new WorkerEngine(host, DIST, (message) => failures.push(message));
    try {
      for (const { name, text } of fixtureArticles()) {
        const analyzer = engine.analyzer(CONFIG);
        assert.deepStrictEqual((await analyzer.analyze(text, cancellation()))?.analysis, analyze(text), name);
        const edited = text.replace(/\n\n/, '\n\nUpdated. ');
        const again = await analyzer.analyze(edited, cancellation());
        assert.deepStrictEqual(again?.analysis, analyze(edited), `${name}, edited`);
        assert.notEqual(again?.assembly, 'full', `${name}: the worker kept the paragraphs it had analysed`);
        analyzer.dispose();
      }
      assert.equal(engine.where, 'worker thread');
      assert.deepEqual(failures, []);
    } finally {
      engine.dispose();
    }
  });

  it('gives nothing for a cancelled analysis, and the next analysis as usual', async () => {
    const engine = new WorkerEngine(host, DIST, () => {});
    try {
      const analyzer = engine.analyzer(CONFIG);
      const long = 'Headline\n\n' + 'The mayor said the bridge would close. '.repeat(400).replace(/close\. /g, (match, offset: number) => (offset % 7 === 0 ? 'close.\n\n' : match));
      const token = cancellation();
      const cancelled = analyzer.analyze(long, token);
      token.cancel();
      assert.equal(await cancelled, undefined);
      assert.deepStrictEqual((await analyzer.analyze(long, cancellation()))?.analysis, analyze(long));
    } finally {
      engine.dispose();
    }
  });

  it('starts a worker that crashed again, and after the last restart analyses in the host\'s thread', async () => {
    const broken = brokenWorker('process.exit(3);\n');
    const failures: string[] = [];
    const engine = new WorkerEngine(host, broken.folder, (message) => failures.push(message));
    try {
      const text = fixtureArticles()[0].text;
      const result = await engine.analyzer(CONFIG).analyze(text, cancellation());
      assert.deepStrictEqual(result?.analysis, analyze(text), 'the analysis still comes, from the host\'s thread');
      assert.equal(engine.where, 'extension host thread');
      assert.equal(failures.length, WORKER_RESTARTS + 1, failures.join('\n'));
      assert.ok(failures.slice(0, -1).every((message) => /stopped \(exit code 3\)\. Starting it again\./.test(message)), failures.join('\n'));
      assert.match(failures.at(-1)!, /Analysing in the extension host's own thread from now on\./);
      // An injected failure reaches the host's thread too, and goes again.
      await engine.injectFailure('broken on purpose');
      assert.equal((await engine.analyzer(CONFIG).analyze(text, cancellation()))?.analysis.internalError?.message, 'broken on purpose');
      await engine.injectFailure(undefined);
      assert.equal((await engine.analyzer(CONFIG).analyze(text, cancellation()))?.analysis.internalError, undefined);
    } finally {
      engine.dispose();
      broken.remove();
    }
  });

  it('does not trust a worker whose own code fails: it is stopped and the request asked again', async () => {
    // Answers every analysis with a failure of its own code, as a bug in engineWorker.ts would.
    const broken = brokenWorker(`const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => { if (m.kind === 'analyze') parentPort.postMessage({ kind: 'failed', request: m.request, message: 'worker bug', stack: 'at worker' }); });
`);
    const failures: string[] = [];
    const engine = new WorkerEngine(host, broken.folder, (message, detail) => failures.push(`${message} | ${detail}`));
    try {
      const text = fixtureArticles()[0].text;
      assert.deepStrictEqual((await engine.analyzer(CONFIG).analyze(text, cancellation()))?.analysis, analyze(text));
      assert.equal(failures.length, WORKER_RESTARTS + 1, failures.join('\n'));
      assert.ok(failures.every((line) => line.includes('worker bug') && line.includes('at worker')), 'each stop says why, with the stack');
    } finally {
      engine.dispose();
      broken.remove();
    }
  });
});
