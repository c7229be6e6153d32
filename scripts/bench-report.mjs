// Measures the folder sources report over the 924 PolNeAR documents (../shared/corpus/polnear,
// dev and train) written out as .news files in a temporary folder: `newsdesk report DIR` as a user
// runs it, for each output format. Prints figures; asserts nothing. The editor's figure for the
// same folder is printed by test/vscode/performance.test.ts.
//   node scripts/bench-report.mjs   (npm run bench:report builds first)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePolnearFiles } from './bench/documents.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
console.log(`Newsdesk folder report bench: node ${process.version}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'})`);
const dir = mkdtempSync(join(tmpdir(), 'newsdesk-report-bench-'));
try {
  const written = writePolnearFiles(root, join(dir));
  if (written.missing) {
    console.log(`Left out: ${written.missing}; this bench needs the corpus.`);
    process.exit(0);
  }
  console.log(`${written.documents} documents written to ${dir}`);
  for (const format of ['html', 'json', 'csv']) {
    const out = join(tmpdir(), `newsdesk-report-bench.${format}`);
    const started = performance.now();
    const run = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'report', dir, '--format', format, '--out', out], { encoding: 'utf8' });
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) {
      console.log(`newsdesk report --format ${format} failed (exit ${run.status}):\n${run.stderr}`);
      process.exitCode = 1;
      continue;
    }
    const progressLines = run.stderr.split('\n').filter((line) => line.includes('reading articles')).length;
    console.log(`  --format ${format.padEnd(4)}  ${seconds.toFixed(1)} s for ${written.documents} articles (target < 60 s), ${(statSync(out).size / 1024).toFixed(0)} KB, ${progressLines} progress lines`);
    rmSync(out, { force: true });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
