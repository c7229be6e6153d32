// The engine worker (src/extension/host/workerEngine.ts, engineService.ts, engineProtocol.ts) as
// the Node host starts it, outside VS Code: the analysis that crosses from the worker is the
// engine's own, as its JSON; a cancelled request gives nothing and the next one works; a worker that
// crashes or fails is started again, and after the last restart the host's own thread takes over,
// each stop told once. Uses the built worker script (dist/engine-worker.js: `npm run build`); the
// browser's worker runs the same service (test/vscode/failures.test.ts checks it runs there).
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, completeConfig } from '../../src/engine';
import type { Analysis } from '../../src/engine';
import type { Cancellation } from '../../src/extension/host/engine';
import { CHARS_PER_PART, ITEMS_PER_PART, readAnalysisInSteps, writeAnalysis } from '../../src/extension/host/engineProtocol';
import type { ExtensionHost } from '../../src/extension/host/host';
import { workerThread } from '../../src/extension/host/workerThread';
import { WORKER_RESTARTS, WORKER_SCRIPTS, WorkerEngine } from '../../src/extension/host/workerEngine';
import { repoRoot } from '../support/gold';

const WORKER = join(repoRoot(), 'dist', WORKER_SCRIPTS.node);
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

/** The engine's analysis as its JSON: what crosses from a worker, and what the CLI writes. */
const asJson = (analysis: Analysis): unknown => JSON.parse(JSON.stringify(analysis));

/** A worker script of its own in a folder of its own, to stand for a broken build. */
function brokenWorker(script: string): { file: string; remove(): void } {
  const folder = mkdtempSync(join(tmpdir(), 'newsdesk-worker-'));
  writeFileSync(join(folder, WORKER_SCRIPTS.node), script);
  return { file: join(folder, WORKER_SCRIPTS.node), remove: () => rmSync(folder, { recursive: true, force: true }) };
}

describe('extension host: the engine worker', function () {
  this.timeout(60_000);

  it('writes an analysis in parts of bounded size and reads it back unchanged', () => {
    const many: Analysis = analyze('Headline\n\n' + '“a '.repeat(15_000));
    assert.ok(many.diagnostics.length > 2 * ITEMS_PER_PART, `${many.diagnostics.length} findings: enough for several parts`);
    for (const analysis of [many, analyze(fixtureArticles()[0].text), { ...analyze(''), internalError: { message: 'broken', stack: 'at x' } }]) {
      const parts = writeAnalysis(analysis, 'full');
      for (const part of parts.slice(1)) assert.ok((JSON.parse(part) as [string, unknown[]])[1].length <= ITEMS_PER_PART);
      assert.deepStrictEqual(runToEnd(readAnalysisInSteps(parts)), { analysis: asJson(analysis), assembly: 'full' });
    }
  });

  it('ends a part early when its items are long', () => {
    const base = analyze(fixtureArticles()[0].text);
    const long = { ...base, diagnostics: Array.from({ length: 12 }, (_, index) => ({ ...base.diagnostics[0], message: `${index} ${'x'.repeat(60_000)}` })) };
    const parts = writeAnalysis(long, 'full');
    const diagnosticParts = parts.slice(1).map((part) => JSON.parse(part) as [string, unknown[]]).filter(([list]) => list === 'diagnostics');
    assert.deepEqual(diagnosticParts.map(([, items]) => items.length), [4, 4, 4], `parts end after ${CHARS_PER_PART} characters`);
    assert.deepStrictEqual(runToEnd(readAnalysisInSteps(parts)).analysis, asJson(long));
  });

  it('gives the engine\'s own analysis of every fixture article, and again after an edit', async () => {
    assert.ok(existsSync(WORKER), `${WORKER} is not built: run npm run build`);
    const failures: string[] = [];
    const engine = new WorkerEngine(host, workerThread(WORKER), (message) => failures.push(message));
    try {
      for (const { name, text } of fixtureArticles()) {
        const analyzer = engine.analyzer(CONFIG);
        assert.deepStrictEqual((await analyzer.analyze(text, cancellation()))?.analysis, asJson(analyze(text)), name);
        const edited = text.replace(/\n\n/, '\n\nUpdated. ');
        const again = await analyzer.analyze(edited, cancellation());
        assert.deepStrictEqual(again?.analysis, asJson(analyze(edited)), `${name}, edited`);
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
    const engine = new WorkerEngine(host, workerThread(WORKER), () => {});
    try {
      const analyzer = engine.analyzer(CONFIG);
      const long = 'Headline\n\n' + 'The mayor said the bridge would close. '.repeat(400).replace(/close\. /g, (match, offset: number) => (offset % 7 === 0 ? 'close.\n\n' : match));
      const token = cancellation();
      const cancelled = analyzer.analyze(long, token);
      token.cancel();
      assert.equal(await cancelled, undefined);
      assert.deepStrictEqual((await analyzer.analyze(long, cancellation()))?.analysis, asJson(analyze(long)));
    } finally {
      engine.dispose();
    }
  });

  it('analyses in the host\'s thread when the worker stops before it ever answered', async () => {
    const broken = brokenWorker('process.exit(3);\n');
    const failures: string[] = [];
    const engine = new WorkerEngine(host, workerThread(broken.file), (message) => failures.push(message));
    try {
      const text = fixtureArticles()[0].text;
      const result = await engine.analyzer(CONFIG).analyze(text, cancellation());
      assert.deepStrictEqual(result?.analysis, analyze(text), 'the analysis still comes, from the host\'s thread');
      assert.equal(engine.where, 'extension host thread');
      // Not started again: a worker that never answered would not start the next time either.
      assert.deepEqual(failures, ['Newsdesk\'s analysis worker stopped (exit code 3). Analysing in the extension host\'s own thread from now on.']);
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

  it('shows the failure of the analysis a worker stopped in, and asks the one queued behind it of the next worker', async () => {
    const failures: string[] = [];
    const engine = new WorkerEngine(host, workerThread(WORKER), (message) => failures.push(message));
    try {
      const [first, second] = fixtureArticles();
      // A first analysis: the worker is up and has answered.
      assert.ok((await engine.analyzer(CONFIG).analyze(first.text, cancellation()))?.analysis);
      const inProgress = engine.analyzer(CONFIG).analyze(first.text, cancellation());
      const queued = engine.analyzer(CONFIG).analyze(second.text, cancellation());
      engine.terminateWorker();
      assert.match((await inProgress)?.analysis.internalError?.message ?? '', /stopped while analysing this text \(Newsdesk's analysis worker was stopped\.\)/);
      // Its configuration goes to the new worker with it, or the worker would fail ("no analyzer").
      assert.deepStrictEqual((await queued)?.analysis, asJson(analyze(second.text)));
      assert.deepEqual(failures, ['Newsdesk\'s analysis worker was stopped. Starting it again.']);
      assert.equal(engine.where, 'worker thread');
    } finally {
      engine.dispose();
    }
  });

  it('stops a worker that goes silent with an analysis asked of it, and shows that analysis as failed', async () => {
    const silent = brokenWorker(`const { parentPort } = require('node:worker_threads');
parentPort.postMessage({ kind: 'ready' });
parentPort.on('message', () => {});
`);
    const failures: string[] = [];
    const engine = new WorkerEngine(host, workerThread(silent.file), (message) => failures.push(message), 300);
    try {
      const result = await engine.analyzer(CONFIG).analyze(fixtureArticles()[0].text, cancellation());
      assert.match(result?.analysis.internalError?.message ?? '', /did not answer for 0\.3 s/);
      assert.deepEqual(failures, ['Newsdesk\'s analysis worker did not answer for 0.3 s. Starting it again.']);
    } finally {
      engine.dispose();
      silent.remove();
    }
  });

  it('gives nothing, and leaves nothing running, when disposed with an analysis asked', async () => {
    const engine = new WorkerEngine(host, workerThread(WORKER), () => assert.fail('no failure to tell'));
    const asked = engine.analyzer(CONFIG).analyze(fixtureArticles()[0].text, cancellation());
    engine.dispose();
    assert.equal(await asked, undefined);
    assert.equal(await engine.analyzer(CONFIG).analyze('More text.', cancellation()), undefined);
  });

  it('does not trust a worker whose own code fails: the analysis shows the failure, the next worker the next one', async () => {
    // Answers every analysis with a failure of its own code, as a bug in engineService.ts would.
    const broken = brokenWorker(`const { parentPort } = require('node:worker_threads');
parentPort.postMessage({ kind: 'ready' });
parentPort.on('message', (m) => { if (m.kind === 'analyze') parentPort.postMessage({ kind: 'failed', request: m.request, message: 'worker bug', stack: 'at worker' }); });
`);
    const failures: string[] = [];
    const engine = new WorkerEngine(host, workerThread(broken.file), (message, detail) => failures.push(`${message} | ${detail}`));
    try {
      const text = fixtureArticles()[0].text;
      for (let stop = 1; stop <= WORKER_RESTARTS + 1; stop++) {
        const { internalError } = (await engine.analyzer(CONFIG).analyze(text, cancellation()))!.analysis;
        assert.deepEqual(internalError, { message: 'worker bug', stack: 'at worker' });
        assert.equal(failures.length, stop);
      }
      assert.ok(failures.every((line) => line.includes('worker bug') && line.includes('at worker')), 'each stop says why, with the stack');
      assert.match(failures.at(-1)!, /Analysing in the extension host's own thread from now on\./);
      assert.deepStrictEqual((await engine.analyzer(CONFIG).analyze(text, cancellation()))?.analysis, analyze(text), 'then from the host\'s thread');
    } finally {
      engine.dispose();
      broken.remove();
    }
  });
});
