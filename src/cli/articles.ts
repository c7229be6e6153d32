// The loop every multi-file command shares: find the articles, load the configuration that applies
// to each, read it, and report what could not be read, so each command only says what it does.
import * as path from 'node:path';
import type { NewsdeskConfig } from '../engine/types';
import type { InputProblem, LoadedConfig } from './files';
import { ConfigResolver, displayPath, findArticleFiles, formatInputProblem, loadConfigFile, readArticle } from './files';
import { writeStderr } from './output';

export interface ReadArticle {
  absolutePath: string;
  /** As shown to the user: relative to the working directory where possible. */
  shownPath: string;
  text: string;
  config: NewsdeskConfig;
  /** The `.newsdesk.json` the configuration came from; null for the defaults. */
  configPath: string | null;
}

export class ArticleInputs {
  readonly problems: InputProblem[] = [];
  /** Files found but not read (unreadable, or under an invalid configuration). */
  notRead = 0;
  private readonly reportedConfigs = new Set<string>();

  constructor(private readonly cwd: string) {}

  /** Prints problems to standard error as they are found; the command's exit code counts them. */
  async report(found: readonly InputProblem[]): Promise<void> {
    this.problems.push(...found);
    for (const problem of found) await writeStderr(`newsdesk: ${formatInputProblem(problem)}\n`);
  }

  /** The explicit `--config` file, or null when it is invalid (already reported): nothing can run. */
  async explicitConfig(configPath: string | undefined): Promise<LoadedConfig | null | undefined> {
    if (configPath === undefined) return undefined;
    const loaded = await loadConfigFile(path.resolve(this.cwd, configPath), this.cwd);
    if (loaded.ok) return loaded;
    await this.report(loaded.problems);
    return null;
  }

  /** The article files named by `inputs` (directories searched), in a stable order. */
  async files(inputs: readonly string[]): Promise<string[]> {
    const { files, problems } = await findArticleFiles(inputs, this.cwd);
    await this.report(problems);
    return files;
  }

  /** Each readable article with its configuration; the rest are reported and skipped. */
  async *read(files: readonly string[], explicit: LoadedConfig | undefined): AsyncGenerator<ReadArticle> {
    const resolver = new ConfigResolver(this.cwd);
    for (const file of files) {
      const shownPath = displayPath(file, this.cwd);
      const loaded = explicit ?? (await resolver.forDirectory(path.dirname(file)));
      if (!loaded.ok) {
        // Using the defaults instead would report what the newsroom has configured otherwise.
        if (!this.reportedConfigs.has(loaded.path)) {
          this.reportedConfigs.add(loaded.path);
          await this.report(loaded.problems);
        }
        this.notRead++;
        continue;
      }
      const read = await readArticle(file);
      if ('problem' in read) {
        await this.report([{ path: shownPath, message: read.problem }]);
        this.notRead++;
        continue;
      }
      yield { absolutePath: file, shownPath, text: read.text, config: loaded.config, configPath: loaded.path };
    }
  }
}
