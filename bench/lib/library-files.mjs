/**
 * The library corpus: every lintable source file that the packages of bench/corpus install.
 *
 * Included: .js .mjs .cjs .jsx .ts .mts .cts .tsx, TS sources where packages ship them.
 * Left out: declaration files (.d.ts/.d.mts/.d.cts: no calls to lint), minified files (`.min.`), files over
 * MAX_BYTES (bundles and generated tables that repeat the sources already in the set), and byte-identical
 * duplicates (the same file installed twice at different depths).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const BENCH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const ROOT = path.resolve(BENCH, "..");
export const CORPUS = path.join(BENCH, "corpus");
export const MAX_BYTES = Number(process.env.CORPUS_MAX_BYTES) || 128 * 1024;

const EXT = /\.(?:js|mjs|cjs|jsx|ts|mts|cts|tsx)$/;
const DECLARATION = /\.d\.[mc]?ts$/;

export function listLibraryFiles(dir = path.join(CORPUS, "node_modules")) {
  const found = [];
  const skipped = { declaration: 0, minified: 0, large: 0, duplicate: 0 };
  const seen = new Set();
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== ".bin" && e.name !== ".cache") walk(p);
      } else if (e.isFile() && EXT.test(e.name)) {
        if (DECLARATION.test(e.name)) skipped.declaration++;
        else if (e.name.includes(".min.")) skipped.minified++;
        else {
          const size = fs.statSync(p).size;
          if (size > MAX_BYTES) {
            skipped.large++;
            continue;
          }
          const hash = crypto.createHash("sha1").update(fs.readFileSync(p)).digest("hex");
          if (seen.has(hash)) skipped.duplicate++;
          else {
            seen.add(hash);
            found.push({ file: p, size });
          }
        }
      }
    }
  };
  walk(dir);
  return { files: found, skipped };
}

/** ESLint ignores node_modules by default: lint each library file under a stand-in path with the same extension. */
export function virtualPath(file) {
  const rel = path.relative(path.join(CORPUS, "node_modules"), file).split(path.sep);
  return path.join(ROOT, "corpus-virtual", ...rel.map((s) => (s === "node_modules" ? "nm" : s)));
}

/** The package a library file belongs to (`@scope/name` or `name`), for reports. */
export function packageOf(file) {
  const rel = path.relative(path.join(CORPUS, "node_modules"), file).split(path.sep);
  const i = rel.lastIndexOf("node_modules");
  const parts = i >= 0 ? rel.slice(i + 1) : rel;
  return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
}
