// One-off for merging branches made before src/extension/ was grouped into folders (commit
// "Extension: group the 26 files by feature"): rewrites relative imports that still point at a
// file's old place. Delete once every such branch is merged.
//
// node scripts/fix-extension-imports.mjs [FILE...]   (default: every .ts file under src/ and test/)
// For a conflicted file, take the branch's side of the import block, then run this and `npm run typecheck`.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION = join(ROOT, 'src/extension');
/** Each moved file (its name without .ts) and the folder it went to. */
const MOVED = {
  core: ['features', 'ids', 'lookup', 'model', 'ranges', 'settings', 'workspaceArticles', 'workspaceConfig'],
  diagnostics: ['checkWorkspace', 'codeActions', 'diagnostics'],
  language: ['folding', 'hover', 'references', 'rename', 'symbols'],
  report: ['reportPanel', 'reportView', 'workspaceReport'],
  sources: ['actorsTree', 'decorations', 'navigation', 'speakerDetails', 'statusBar'],
  transcripts: ['transcripts'],
};
const newPlace = new Map(Object.entries(MOVED).flatMap(([folder, names]) => names.map((name) => [join(EXTENSION, name), join(EXTENSION, folder, name)])));
const oldPlace = new Map([...newPlace].map(([before, after]) => [after, before]));

// A module: NAME.ts, NAME/index.ts, or a file named in full (a .json); a folder alone is not one.
const exists = (target) => existsSync(`${target}.ts`) || existsSync(join(target, 'index.ts')) || (existsSync(target) && statSync(target).isFile());
const spec = (from, target) => {
  const path = relative(dirname(from), target).split('\\').join('/');
  return path.startsWith('.') ? path : `./${path}`;
};

function fix(file) {
  const source = readFileSync(file, 'utf8');
  // A moved file whose imports were written for its old place resolves them from there.
  const wasAt = oldPlace.get(file.replace(/\.ts$/, ''));
  const fixed = source.replace(/(from\s+|import\s*\(\s*|require\(\s*)'(\.{1,2}\/[^']*)'/g, (whole, lead, path) => {
    if (exists(normalize(join(dirname(file), path)))) return whole;
    const target = normalize(join(dirname(wasAt ? `${wasAt}.ts` : file), path));
    const moved = newPlace.get(target) ?? (exists(target) ? target : undefined);
    return moved ? `${lead}'${spec(file, moved)}'` : whole;
  });
  if (fixed !== source) {
    writeFileSync(file, fixed);
    console.log(`fixed imports in ${relative(ROOT, file)}`);
  }
}

const files = process.argv.length > 2
  ? process.argv.slice(2).map((file) => resolve(file))
  : ['src', 'test'].flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true }).map((file) => join(ROOT, dir, String(file))).filter((file) => file.endsWith('.ts')));
for (const file of files) fix(file);
