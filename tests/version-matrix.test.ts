// The version matrix: the real `ESLint` class of ESLint 8.57 (eslintrc, `legacy-recommended`), 9.x and 10.x (flat,
// `recommended`) on the same fixture project, loading the built package through its own name (package.json "exports",
// as users install it). All three must give the same findings, fixes and suggestions, including where a result
// depends on an option default: ESLint 8 ignores `meta.defaultOptions`, so there the defaults come from RuleCreator's
// `defaultOptions` merged into the user's (partial) options.
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

const require = createRequire(__filename);
const ROOT = path.resolve(__dirname, "..");
const PROJECT = path.join(__dirname, "fixtures", "project-matrix");
const FILES = ["src/autofix/add.js", "src/http.mjs", "src/messages.js", "src/strict/opt-out.js", "src/values.ts"];

interface Message {
  ruleId: string | null;
  messageId?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fix?: { range: [number, number]; text: string };
  suggestions?: { messageId?: string; fix: { range: [number, number]; text: string } }[];
}
interface LintResult {
  filePath: string;
  messages: Message[];
}
interface ESLintClass {
  new (options: Record<string, unknown>): { lintFiles(patterns: string[]): Promise<LintResult[]> };
  version: string;
}

const eslint8 = require("eslint8") as { ESLint: ESLintClass; Linter: new () => LegacyLinter };
const eslint9 = require("eslint9") as { ESLint: ESLintClass; Linter: new (o?: object) => FlatLinter };
const eslint10 = require("eslint") as { ESLint: ESLintClass };

interface LegacyLinter {
  defineRule(name: string, rule: unknown): void;
  verify(code: string, config: object): { message: string }[];
}
interface FlatLinter {
  verify(code: string, config: object[]): { message: string }[];
}

type Finding = [file: string, rule: string, messageId: string, line: number, column: number, fix: string, suggestions: string];

/** One line per report: where, what, the fix's text and the suggestions' ids and texts (so fixes must agree too). */
function findings(results: LintResult[]): Finding[] {
  return results
    .flatMap((r) =>
      r.messages.map((m): Finding => {
        if (!m.ruleId) throw new Error(`${r.filePath}: not linted: ${JSON.stringify(m)}`);
        return [
          path.relative(PROJECT, r.filePath).split(path.sep).join("/"),
          m.ruleId,
          m.messageId ?? "",
          m.line,
          m.column,
          m.fix ? `${m.fix.range.join("-")}:${m.fix.text}` : "",
          (m.suggestions ?? []).map((s) => `${s.messageId}@${s.fix.range.join("-")}:${s.fix.text}`).join(" | "),
        ];
      }),
    )
    .sort((a, b) => a.join("\0").localeCompare(b.join("\0")));
}

/** The findings without fix texts, for the readable expectation below. */
const brief = (all: Finding[]) =>
  all.map(([file, rule, id, line, column, fix, suggestions]) => [
    file,
    rule.replace("twilio-webhooks/", ""),
    id,
    line,
    column,
    fix ? "fix" : "",
    suggestions
      .split(" | ")
      .map((s) => s.replace(/@.*/s, ""))
      .join(","),
  ]);

const EXPECTED = [
  // { autofix: true } alone: fixed; the opt-out further down is accepted (allowExplicitFalse default true).
  ["src/autofix/add.js", "require-webhook-enabled", "missingOption", 6, 65, "fix", "disableWebhooks"],
  ["src/http.mjs", "require-webhook-header", "missingHeader", 3, 9, "", "enableWebhooks,disableWebhooks"],
  // Defaults: suggestions, no fix (autofix default false); line 11's "false" is accepted.
  ["src/messages.js", "require-webhook-enabled", "missingOption", 9, 61, "", "enableWebhooks,disableWebhooks"],
  ["src/messages.js", "require-webhook-enabled", "misspelledOption", 10, 52, "fix", ""],
  // { allowExplicitFalse: false } alone: the opt-out is reported; autofix keeps its default (no fix).
  ["src/strict/opt-out.js", "require-webhook-enabled", "explicitFalse", 6, 52, "", "enableWebhooks"],
  ["src/strict/opt-out.js", "require-webhook-enabled", "missingOption", 7, 52, "", "enableWebhooks,disableWebhooks"],
  ["src/values.ts", "valid-webhook-enabled-value", "booleanValue", 7, 107, "fix", ""],
  ["src/values.ts", "valid-webhook-enabled-value", "unknownValue", 8, 107, "", "useTrue,useFalse"],
];

async function run(ESLint: ESLintClass, options: Record<string, unknown>): Promise<Finding[]> {
  const eslint = new ESLint({ cwd: PROJECT, ...options });
  const results = await eslint.lintFiles(FILES);
  expect(results.map((r) => path.relative(PROJECT, r.filePath).split(path.sep).join("/")).sort()).toEqual(FILES);
  return findings(results);
}

describe("the version matrix: same findings with ESLint 8.57, 9 and 10", { timeout: 120_000 }, () => {
  it("runs the versions the peer range names", () => {
    expect(eslint8.ESLint.version).toMatch(/^8\.(5[7-9]|[6-9]\d)\./);
    expect(eslint9.ESLint.version).toMatch(/^9\./);
    expect(eslint10.ESLint.version).toMatch(/^10\./);
    const pkg = require(path.join(ROOT, "package.json")) as { peerDependencies: Record<string, string> };
    expect(pkg.peerDependencies.eslint).toBe("^8.57.0 || ^9.0.0 || ^10.0.0");
  });

  it("ESLint 10 (flat, recommended) finds what the fixture plants", async () => {
    expect(brief(await run(eslint10.ESLint, {}))).toEqual(EXPECTED);
  });

  it("ESLint 9 (flat, recommended) gives the same findings, fixes and suggestions", async () => {
    expect(await run(eslint9.ESLint, {})).toEqual(await run(eslint10.ESLint, {}));
  });

  it("ESLint 8.57 (eslintrc: .eslintrc.json extends plugin:twilio-webhooks/legacy-recommended) gives the same", async () => {
    const legacy = await run(eslint8.ESLint, { resolvePluginsRelativeTo: ROOT });
    expect(brief(legacy)).toEqual(EXPECTED);
    expect(legacy).toEqual(await run(eslint10.ESLint, {}));
  });

  it("ESLint 8.57 with the exported legacy-recommended object as overrideConfig (no .eslintrc) gives the same", async () => {
    const plugin = require(ROOT) as { configs: Record<string, Record<string, unknown>> };
    const legacyRecommended = plugin.configs["legacy-recommended"]!;
    expect(legacyRecommended).toEqual({
      plugins: ["twilio-webhooks"],
      rules: {
        "twilio-webhooks/require-webhook-enabled": "error",
        "twilio-webhooks/require-webhook-header": "error",
        "twilio-webhooks/valid-webhook-enabled-value": "error",
      },
    });
    const legacy = await run(eslint8.ESLint, {
      useEslintrc: false,
      resolvePluginsRelativeTo: ROOT,
      overrideConfig: {
        ...legacyRecommended,
        parser: require.resolve("@typescript-eslint/parser"),
        parserOptions: { ecmaVersion: "latest", sourceType: "module" },
        overrides: [
          { files: ["src/strict/**"], rules: { "twilio-webhooks/require-webhook-enabled": ["error", { allowExplicitFalse: false }] } },
          { files: ["src/autofix/**"], rules: { "twilio-webhooks/require-webhook-enabled": ["error", { autofix: true }] } },
        ],
      },
    });
    expect(legacy).toEqual(await run(eslint10.ESLint, {}));
  });

  it("premise: ESLint 8 hands rules their options without meta.defaultOptions, ESLint 9 applies them", () => {
    // So the default-dependent findings above (src/autofix, src/strict, src/messages.js) pass on ESLint 8 only
    // because RuleCreator merges its defaultOptions into the configured options.
    const seen: unknown[] = [];
    const probe = {
      meta: { schema: [{ type: "object" }], defaultOptions: [{ allowExplicitFalse: true, autofix: false }] },
      create(context: { options: unknown[] }) {
        seen.push(context.options);
        return {};
      },
    };
    const legacy = new eslint8.Linter();
    legacy.defineRule("probe", probe);
    expect(legacy.verify("x;", { rules: { probe: ["error", { autofix: true }] } })).toEqual([]);
    const flat = new eslint9.Linter({ configType: "flat" });
    expect(flat.verify("x;", [{ plugins: { p: { rules: { probe } } }, rules: { "p/probe": ["error", { autofix: true }] } }])).toEqual([]);
    expect(seen).toEqual([[{ autofix: true }], [{ allowExplicitFalse: true, autofix: true }]]);
  });
});
