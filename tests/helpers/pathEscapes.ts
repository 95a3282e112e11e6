import { isAbsolute, posix, relative } from 'node:path';

export interface PathEscape {
  /** 1-based line of the reference. */
  line: number;
  /** The text that refers outside the repository. */
  excerpt: string;
  reason: string;
}

/**
 * The project workspace's folders beside the repository (its seed notice and reference
 * notes), by name. Built from parts so that this file does not name what it looks for.
 */
const SIBLING_FOLDERS = new RegExp(`${['', 'shared', '(?:seed|reference)'].join('/')}(?![\\w-])`, 'g');

/**
 * A relative path written in the text: one or more `./` or `../` steps and what follows,
 * or a lone `..` (a path segment handed to join or resolve). Not preceded by a word
 * character, a dot or a slash, so `a/../b`, `...spread` and `1..2` do not count.
 */
const RELATIVE_PATH = /(?<![\w.$/-])((?:\.\.?\/)+[\w.@+\-/[\]]*|\.\.(?![.\w/]))/g;

/** join(base, 'a', '..', …) / resolve(…): the base, then the rest of the arguments. */
const JOIN_CALL = /\b(?:join|resolve)\(\s*([A-Za-z_$][\w$.]*(?:\(\))?)\s*((?:,\s*(?:'[^'\n]*'|"[^"\n]*"|[A-Za-z_$][\w$.]*)\s*)+)\)/g;
const STRING_ARGUMENT = /'([^'\n]*)'|"([^"\n]*)"/g;

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** Whether the path `target` (posix, relative to the repository root) leaves it. */
function leavesRoot(target: string): boolean {
  const normal = posix.normalize(target);
  return normal === '..' || normal.startsWith('../') || isAbsolute(normal);
}

/**
 * Every place where `text`, the content of the file at `fileFromRoot` (a posix path
 * relative to the repository root), refers to a path outside the repository:
 * - a relative path that, resolved against the file's folder, leaves the root;
 * - a join/resolve call whose base is the repository root (an identifier ending in
 *   ROOT, or process.cwd()) or the file's folder (import.meta.dirname, __dirname),
 *   or any other identifier (taken as the root, the strictest reading), and whose
 *   string segments lead above the root;
 * - the workspace's seed or reference folder, by name, in any form (an absolute path too).
 */
export function findPathEscapes(fileFromRoot: string, text: string): PathEscape[] {
  const folder = posix.dirname(fileFromRoot);
  const problems: PathEscape[] = [];

  for (const match of text.matchAll(RELATIVE_PATH)) {
    const path = match[1] ?? '';
    if (leavesRoot(posix.join(folder, path))) {
      problems.push({ line: lineOf(text, match.index), excerpt: path, reason: `resolves above the repository root from ${folder}/` });
    }
  }

  for (const match of text.matchAll(JOIN_CALL)) {
    const base = match[1] ?? '';
    const start = /^(?:import\.meta\.dirname|__dirname)$/.test(base) ? folder : '.';
    const segments = [...(match[2] ?? '').matchAll(STRING_ARGUMENT)].map((argument) => argument[1] ?? argument[2] ?? '');
    let path = start;
    for (const segment of segments) {
      path = posix.join(path, segment);
      if (leavesRoot(path)) {
        problems.push({ line: lineOf(text, match.index), excerpt: match[0], reason: `joins a path above the repository root from ${base}` });
        break;
      }
    }
  }

  for (const match of text.matchAll(SIBLING_FOLDERS)) {
    problems.push({ line: lineOf(text, match.index), excerpt: match[0], reason: 'names the workspace folder beside the repository' });
  }

  return problems;
}

/** A posix path relative to `root`. */
export function fromRoot(root: string, path: string): string {
  return relative(root, path).split('\\').join('/');
}
