/**
 * The audit itself: lints each path given on the command line as its own zero-config folder, with ESLint's Node
 * API and the plugin's recommended config, and keeps only the plugin's findings and parse errors.
 */
import { statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";

import { type ESLint, type Linter, loadESLint } from "eslint";

import { auditConfig, isPluginRule } from "./cli-config";
import { formatSarif } from "./cli-format";
import { DEFAULT_IGNORES, ignoreFilePatterns } from "./cli-ignore";
import { loadTypeScriptParser, TS_PARSER } from "./cli-parser";

export interface LintOptions {
  fix?: boolean;
  /** Typed linting through the project service; files no tsconfig covers fall back to untyped linting. */
  typed?: boolean;
  /** Where relative paths are resolved; `process.cwd()` by default. */
  cwd?: string;
  /** The TS parser; loaded with `require` when not given, `null` to lint without it. */
  tsParser?: Linter.Parser | null;
  /** Receives warnings (one line each), e.g. that TS files are skipped. */
  warn?: (line: string) => void;
}

export interface LintOutcome {
  /** One result per file linted, with only the plugin's messages and parse errors left in. */
  results: ESLint.LintResult[];
  /** Messages of the plugin's rules still present after fixes. */
  findings: number;
  /** Files ESLint could not parse. */
  parseErrors: number;
  /** Formats results as `stylish`, `json` or `sarif`. */
  format(name: string, results: ESLint.LintResult[]): Promise<string>;
}

export class MissingPathError extends Error {}

export async function lintPaths(paths: readonly string[], options: LintOptions = {}): Promise<LintOutcome> {
  const cwd = options.cwd ?? process.cwd();
  const fix = options.fix ?? false;
  const targets = paths.map((p) => {
    const abs = resolve(cwd, p);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(abs).isDirectory();
    } catch {
      throw new MissingPathError(`no such file or directory: ${p}`);
    }
    return isDirectory ? { base: abs, pattern: "." } : { base: dirname(abs), pattern: basename(abs), file: true };
  });

  const tsParser = options.tsParser === undefined ? loadTypeScriptParser() : (options.tsParser ?? undefined);
  if (!tsParser) options.warn?.(`${TS_PARSER} could not be loaded: TypeScript files are skipped.`);
  // ESLint 8.57 and 9 pick the flat-config class by this option; ESLint 10 has only that class and no parameter.
  const FlatESLint = await (loadESLint as (options: { useFlatConfig: boolean }) => Promise<typeof ESLint>)({
    useFlatConfig: true,
  });
  const seen = new Set<string>();
  const results: ESLint.LintResult[] = [];
  let formatterHost: ESLint | undefined;
  for (const { base, pattern, file } of targets) {
    // A file named on the command line is linted even where a folder audit would skip it (`app.min.js`).
    const ignores = file ? [] : [...ignoreFilePatterns(base), ...DEFAULT_IGNORES];
    const make = (typedRoot?: string, commonjs?: boolean) =>
      new FlatESLint({
        cwd: base,
        overrideConfigFile: true,
        overrideConfig: auditConfig({ fix, tsParser, ignores, typedRoot, commonjs }),
        fix,
        errorOnUnmatchedPattern: false,
      });
    const eslint = make(options.typed && tsParser ? base : undefined);
    formatterHost ??= eslint;
    let linted = await eslint.lintFiles([pattern]);
    if (options.typed && tsParser) {
      // Files outside every tsconfig cannot be typed: lint those again without type information.
      linted = await relint(linted, linted.filter(isOutsideProject), make());
    }
    // ESLint parses .js as a module; a CommonJS script that is not valid module code gets a second, sloppy-mode try.
    const unparsed = linted.filter((r) => JS_FILE.test(r.filePath) && r.messages.some((m) => m.fatal));
    linted = await relint(linted, unparsed, make(undefined, true), (retry) => !retry.messages.some((m) => m.fatal));
    if (fix) await FlatESLint.outputFixes(linted);
    for (const result of linted) {
      if (seen.has(result.filePath) || isIgnoredNotice(result)) continue;
      seen.add(result.filePath);
      results.push(keepAuditMessages(result));
    }
  }
  // By code point, as ESLint's own formatters sort: every format lists files in one order, whatever the locale.
  results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));

  return {
    results,
    findings: results.reduce((n, r) => n + r.messages.filter((m) => isPluginRule(m.ruleId)).length, 0),
    parseErrors: results.filter((r) => r.messages.some((m) => m.fatal)).length,
    async format(name, shown) {
      if (name === "sarif") return formatSarif(shown, cwd);
      const formatter = await formatterHost!.loadFormatter(name);
      return formatter.format(shown);
    },
  };
}

const JS_FILE = /\.(?:js|cjs|jsx)$/;

/** Lints `again` once more with `eslint` and puts each new result in place of the old one where `keep` accepts it. */
async function relint(
  linted: ESLint.LintResult[],
  again: ESLint.LintResult[],
  eslint: ESLint,
  keep: (retry: ESLint.LintResult) => boolean = () => true,
): Promise<ESLint.LintResult[]> {
  if (again.length === 0) return linted;
  const retried = new Map((await eslint.lintFiles(again.map((r) => r.filePath))).map((r) => [r.filePath, r]));
  return linted.map((r) => {
    const retry = retried.get(r.filePath);
    return retry && keep(retry) ? retry : r;
  });
}

/** The parse error typescript-eslint gives a file that no tsconfig of the project service includes. */
function isOutsideProject(result: ESLint.LintResult): boolean {
  return result.messages.some((m) => m.fatal && /project service|allowDefaultProject|not found by the project/i.test(m.message));
}

/** ESLint's "File ignored because …" notice for a file named explicitly: not a linted file. */
function isIgnoredNotice(result: ESLint.LintResult): boolean {
  return result.messages.length === 1 && result.messages[0].ruleId === null && !result.messages[0].fatal &&
    /^File ignored/.test(result.messages[0].message);
}

function keepAuditMessages(result: ESLint.LintResult): ESLint.LintResult {
  const messages = result.messages.filter((m) => isPluginRule(m.ruleId) || m.fatal);
  const count = (severity: number, fixable = false) =>
    messages.filter((m) => m.severity === severity && (!fixable || m.fix)).length;
  return {
    ...result,
    messages,
    errorCount: count(2),
    warningCount: count(1),
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
  };
}
