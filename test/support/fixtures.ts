// The project's own fictional sample articles (fixtures/), which unlike the corpus always exist.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NewsdeskConfig } from '../../src/engine/types';
import { repoRoot } from './gold';

export function fixturesDir(): string {
  return join(repoRoot(), 'fixtures');
}

/** Paths of fixtures/articles/*.expected.json, sorted. */
export function expectedFiles(): string[] {
  const dir = join(fixturesDir(), 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => join(dir, f));
}

/** The text of fixtures/articles/NAME.news. */
export function fixtureArticle(name: string): string {
  return readFileSync(join(fixturesDir(), 'articles', `${name}.news`), 'utf8');
}

/** fixtures/.newsdesk.json, the sample configuration the sample articles are written against. */
export function fixtureConfig(): Partial<NewsdeskConfig> {
  const { $schema, ...config } = JSON.parse(readFileSync(join(fixturesDir(), '.newsdesk.json'), 'utf8')) as Partial<NewsdeskConfig> & { $schema?: string };
  void $schema; // for editors only, not configuration
  return config;
}

/** Stories written to measure speaker resolution on news the engine was not tuned to (fixtures/articles/README.md): scored by `npm run eval:fresh`, not asserted. */
export const MEASURED_STORIES: ReadonlySet<string> = new Set(['water-rate-increase', 'school-closure-vote', 'bank-merger', 'senator-governor-bid', 'column-pool-levy']);
