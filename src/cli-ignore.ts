/**
 * What the zero-config CLI skips: dependencies, build output, and what the project's own `.gitignore` /
 * `.eslintignore` files ignore. Patterns are flat-config global `ignores`, relative to the folder being audited.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";

/** Folders that hold dependencies or generated output, skipped at any depth below the audited folder. */
export const SKIPPED_DIRS: readonly string[] = [
  "node_modules",
  "bower_components",
  "dist",
  "build",
  "out",
  "coverage",
  ".next",
  ".nuxt",
  ".output",
  ".svelte-kit",
  ".turbo",
  ".vercel",
  ".netlify",
  ".serverless",
  ".aws-sam",
  ".cache",
  "storybook-static",
];

export const DEFAULT_IGNORES: readonly string[] = [...SKIPPED_DIRS.map((d) => `**/${d}/`), "**/*.min.js"];

const IGNORE_FILES = [".gitignore", ".eslintignore"];

/**
 * Ignore patterns from `.gitignore` and `.eslintignore` files in `base` and in its parents up to the enclosing git
 * repository's root (only `base` itself when it is not inside a repository), rewritten relative to `base`.
 * A pattern that would ignore `base` itself is dropped: a folder named on the command line is audited.
 */
export function ignoreFilePatterns(base: string): string[] {
  const dirs: string[] = [];
  let repoRoot: string | undefined;
  for (let dir = base; ; dir = dirname(dir)) {
    dirs.push(dir);
    if (existsSync(join(dir, ".git"))) {
      repoRoot = dir;
      break;
    }
    if (dirname(dir) === dir) break;
  }
  const scanned = repoRoot ? dirs.reverse() : [base];
  const patterns: string[] = [];
  for (const dir of scanned) {
    const rel = relative(dir, base).split(sep).filter(Boolean);
    for (const file of IGNORE_FILES) {
      let text: string;
      try {
        text = readFileSync(join(dir, file), "utf8");
      } catch {
        continue;
      }
      for (const line of text.split(/\r?\n/)) {
        const pattern = convertIgnoreLine(line, rel);
        if (pattern !== undefined) patterns.push(pattern);
      }
    }
  }
  return patterns;
}

/**
 * One gitignore line as a flat-config ignore pattern, for a file found `rel` folders above the audited folder;
 * `undefined` for blanks, comments, and anchored patterns that cannot match inside the audited folder.
 */
export function convertIgnoreLine(line: string, rel: readonly string[] = []): string | undefined {
  let body = line.replace(/(?<!\\)\s+$/, "");
  if (body === "" || body.startsWith("#")) return undefined;
  const negated = body.startsWith("!");
  if (negated) body = body.slice(1);
  if (body.startsWith("\\#") || body.startsWith("\\!")) body = body.slice(1);
  const dirOnly = body.endsWith("/");
  body = body.replace(/\/+$/, "");
  if (body === "") return undefined;
  let pattern: string;
  if (!body.includes("/")) {
    pattern = `**/${body}`;
  } else {
    const segments = body.replace(/^\/+/, "").split("/");
    let i = 0;
    for (; i < rel.length; i++) {
      const s = segments[i];
      // The pattern names the audited folder itself or one of its parents: the folder was asked for, keep it.
      if (s === undefined || (i === segments.length - 1 && segmentMatches(s, rel[i]))) return undefined;
      if (s === "**") break;
      if (!segmentMatches(s, rel[i])) return undefined;
    }
    pattern = segments.slice(i).join("/");
  }
  if (pattern === "**") return undefined;
  // `{` and `(` are literal in gitignore but syntax in minimatch.
  pattern = pattern.replace(/[{(]/g, (c) => `\\${c}`);
  return `${negated ? "!" : ""}${pattern}${dirOnly ? "/" : ""}`;
}

/** One path segment against one gitignore glob segment (`*`, `?`, `[…]`). */
function segmentMatches(glob: string, name: string): boolean {
  if (glob === "**") return true;
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 2);
      if (end === -1) source += "\\[";
      else {
        source += `[${glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else if (c === "\\" && i + 1 < glob.length) source += `\\${glob[++i]}`;
    else source += c.replace(/[.+^${}()|\]\\/]/g, "\\$&");
  }
  return new RegExp(`^${source}$`).test(name);
}
