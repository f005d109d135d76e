// The zero-config CLI: argument parsing in-process, and the built bin (dist/src/cli.js) as a child process.
// `npm test` builds first; run `npm run build` before `npx vitest run` on its own.
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { parseArgs } from "../../src/cli-args";
import { auditConfig } from "../../src/cli-config";
import { loadTypeScriptParser } from "../../src/cli-parser";
import plugin from "../../src/index";
import { CLI, project, ROOT, run } from "../helpers/cli";

const FORGOTTEN = [
  'const twilio = require("twilio");',
  "const client = twilio(process.env.SID, process.env.TOKEN);",
  "async function post(sid, body) {",
  '  await client.conversations.v1.conversations(sid).messages.create({ author: "bot", body });',
  "}",
  "module.exports = { post };",
  "",
].join("\n");
const CORRECT = FORGOTTEN.replace("{ author: \"bot\", body }", '{ author: "bot", body, xTwilioWebhookEnabled: "false" }');
const TYPESCRIPT = [
  'import type { Twilio } from "twilio";',
  "export async function kick(client: Twilio, sid: string, member: string): Promise<void> {",
  "  await client.chat.v2.services(sid).channels(member as string).members(member!).remove();",
  "}",
  "",
].join("\n");


interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; fatal?: boolean }[];
}
function reports(stdout: string): string[] {
  return (JSON.parse(stdout) as JsonResult[]).flatMap((r) =>
    r.messages.map((m) => `${r.filePath.replace(/\\/g, "/").split("/").slice(-2).join("/")}:${m.line} ${m.ruleId}`),
  );
}

describe("parseArgs", () => {
  it("defaults to the current folder, stylish output, no fix", () => {
    expect(parseArgs([])).toEqual({ kind: "run", paths: ["."], fix: false, format: "stylish", exitZero: false, typed: false });
    expect(parseArgs(["--typed", "src"])).toMatchObject({ kind: "run", paths: ["src"], typed: true });
    expect(parseArgs(["--typed=yes"])).toMatchObject({ kind: "usageError" });
  });

  it("takes paths and flags in any order", () => {
    expect(parseArgs(["src", "--fix", "lib", "--format", "json", "--exit-zero"])).toEqual({
      kind: "run",
      paths: ["src", "lib"],
      fix: true,
      format: "json",
      exitZero: true,
      typed: false,
    });
    expect(parseArgs(["--format=json", "-f", "stylish", "a"])).toMatchObject({ format: "stylish", paths: ["a"] });
  });

  it("treats everything after `--` as a path", () => {
    expect(parseArgs(["--", "--fix"])).toMatchObject({ kind: "run", paths: ["--fix"], fix: false });
  });

  it("answers --help and --version before anything else", () => {
    expect(parseArgs(["src", "--help"])).toEqual({ kind: "help" });
    expect(parseArgs(["-h"])).toEqual({ kind: "help" });
    expect(parseArgs(["--version", "src"])).toEqual({ kind: "version" });
    expect(parseArgs(["-v"])).toEqual({ kind: "version" });
  });

  it.each([
    [["--bogus"], /unknown option "--bogus"/],
    [["-x"], /unknown option "-x"/],
    [["--format"], /needs a value/],
    [["--format", "html"], /unknown format "html"/],
    [["--format="], /needs a value/],
    [["--fix=yes"], /takes no value/],
  ])("rejects %j", (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.kind).toBe("usageError");
    expect(parsed.kind === "usageError" && parsed.message).toMatch(message);
  });
});

describe("auditConfig", () => {
  const ruleOptions = (fix: boolean) =>
    Object.assign({}, ...auditConfig({ fix, tsParser: undefined, ignores: [] }).map((c) => c.rules ?? {})) as Record<string, unknown>;

  it("turns on every recommended rule at error", () => {
    const rules = ruleOptions(false);
    expect(Object.keys(rules).sort()).toEqual(Object.keys(plugin.configs.recommended.rules ?? {}).sort());
    expect(Object.values(rules).every((v) => v === "error")).toBe(true);
  });

  it("with fix, sets autofix on the rules that take it, require-webhook-enabled among them", () => {
    const rules = ruleOptions(true);
    expect(rules["twilio-webhooks/require-webhook-enabled"]).toEqual(["error", { autofix: true }]);
    for (const [id, value] of Object.entries(rules)) {
      const schema = plugin.rules[id.replace("twilio-webhooks/", "") as keyof typeof plugin.rules].meta.schema as
        | { properties?: Record<string, unknown> }[]
        | undefined;
      const takesAutofix = !!schema?.[0]?.properties && "autofix" in schema[0].properties;
      expect([id, value]).toEqual([id, takesAutofix ? ["error", { autofix: true }] : "error"]);
    }
    expect(rules["twilio-webhooks/valid-webhook-enabled-value"]).toBe("error");
  });
});

describe("loadTypeScriptParser", () => {
  it("loads @typescript-eslint/parser, or gives undefined when it cannot", () => {
    expect(loadTypeScriptParser()).toHaveProperty("parseForESLint");
    expect(
      loadTypeScriptParser(() => {
        throw new Error("Cannot find module '@typescript-eslint/parser'");
      }),
    ).toBeUndefined();
  });
});

describe("twilio-webhooks-lint (built bin)", () => {
  it("exits 0 when there is nothing to report", () => {
    const dir = project({ "src/post.js": CORRECT });
    const r = run([dir]);
    expect(r.stderr).toContain("1 files linted, 0 findings");
    expect(r.status).toBe(0);
  });

  it("exits 1 with findings, and 0 with --exit-zero", () => {
    const dir = project({ "src/post.js": FORGOTTEN });
    const r = run([dir]);
    expect(r.stdout).toMatch(/4:\d+\s+error\s+Conversations v1 › Message create is sent without/);
    expect(r.status).toBe(1);
    expect(run([dir, "--exit-zero"]).status).toBe(0);
  });

  it("defaults to the current folder", () => {
    const dir = project({ "post.js": FORGOTTEN });
    expect(run([], { cwd: dir }).status).toBe(1);
  });

  it.each([
    [["--bogus"], /unknown option/],
    [["--format", "html"], /unknown format/],
    [["no/such/folder"], /no such file or directory: no\/such\/folder/],
  ])("exits 2 on a usage error: %j", (args, message) => {
    const r = run(args);
    expect(r.stderr).toMatch(message);
    expect(r.status).toBe(2);
  });

  it("prints usage and version", () => {
    expect(run(["--help"])).toMatchObject({ status: 0, stdout: expect.stringContaining("Usage: twilio-webhooks-lint") });
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(run(["--version"])).toMatchObject({ status: 0, stdout: `${pkg.version}\n` });
  });

  it("--format json prints the findings as JSON with ruleId and line", () => {
    const dir = project({ "src/post.js": FORGOTTEN, "src/kick.ts": TYPESCRIPT });
    const r = run([dir, "--format", "json"]);
    expect(r.status).toBe(1);
    expect(reports(r.stdout).sort()).toEqual([
      "src/kick.ts:3 twilio-webhooks/require-webhook-enabled",
      "src/post.js:4 twilio-webhooks/require-webhook-enabled",
    ]);
  });

  it("--fix adds the option, and a second run finds nothing", () => {
    const dir = project({ "src/post.js": FORGOTTEN, "src/kick.ts": TYPESCRIPT });
    const fixed = run([dir, "--fix"]);
    expect(fixed.status).toBe(0);
    expect(readFileSync(join(dir, "src/post.js"), "utf8")).toBe(
      FORGOTTEN.replace("{ author: \"bot\", body }", '{ author: "bot", body, xTwilioWebhookEnabled: "true" }'),
    );
    expect(readFileSync(join(dir, "src/kick.ts"), "utf8")).toContain('.remove({ xTwilioWebhookEnabled: "true" })');
    const again = run([dir, "--format", "json"]);
    expect(again.status).toBe(0);
    expect(reports(again.stdout)).toEqual([]);
  });

  it("without --fix leaves files alone (the enable edit is only a suggestion)", () => {
    const dir = project({ "src/post.js": FORGOTTEN });
    run([dir]);
    expect(readFileSync(join(dir, "src/post.js"), "utf8")).toBe(FORGOTTEN);
  });

  it("skips node_modules, build output and ignored files, but lints folders and files named on the command line", () => {
    const dir = project({
      "src/post.js": FORGOTTEN,
      "node_modules/some-sdk/index.js": FORGOTTEN,
      "packages/api/node_modules/other/index.js": FORGOTTEN,
      "dist/post.js": FORGOTTEN,
      "build/post.js": FORGOTTEN,
      "coverage/lcov-report/post.js": FORGOTTEN,
      ".next/server/post.js": FORGOTTEN,
      "vendor/post.min.js": FORGOTTEN,
      "generated/post.js": FORGOTTEN,
      "legacy/post.js": FORGOTTEN,
      "legacy/keep.js": FORGOTTEN,
      ".gitignore": "# build\n/generated\n",
      ".eslintignore": "legacy/*\n!legacy/keep.js\n",
    });
    const r = run([dir, "--format", "json"]);
    expect(r.stderr).not.toMatch(/ESLintIgnoreWarning|no longer supported/);
    expect(reports(r.stdout).sort()).toEqual([
      "legacy/keep.js:4 twilio-webhooks/require-webhook-enabled",
      "src/post.js:4 twilio-webhooks/require-webhook-enabled",
    ]);
    const named = run([join(dir, "dist"), join(dir, "vendor/post.min.js"), join(dir, "legacy/post.js"), "--format", "json"]);
    expect(reports(named.stdout).sort()).toEqual([
      "dist/post.js:4 twilio-webhooks/require-webhook-enabled",
      "legacy/post.js:4 twilio-webhooks/require-webhook-enabled",
      "vendor/post.min.js:4 twilio-webhooks/require-webhook-enabled",
    ]);
  });

  it("asks for the optional SARIF formatter, before linting or fixing anything, when it is not installed", () => {
    const dir = project({
      "src/post.js": FORGOTTEN,
      "block-sarif.cjs": [
        'const Module = require("node:module");',
        "const resolve = Module._resolveFilename;",
        "Module._resolveFilename = function (request, ...rest) {",
        '  if (request === "@microsoft/eslint-formatter-sarif") { const e = new Error("Cannot find module " + request); e.code = "MODULE_NOT_FOUND"; throw e; }',
        "  return resolve.call(this, request, ...rest);",
        "};",
      ].join("\n"),
    });
    const r = run([join(dir, "src"), "--format", "sarif", "--fix"], { env: { NODE_OPTIONS: `--require ${join(dir, "block-sarif.cjs")}` } });
    expect(r.stderr).toContain("--format sarif needs @microsoft/eslint-formatter-sarif: npm install --save-dev @microsoft/eslint-formatter-sarif");
    expect(r.status).toBe(2);
    expect(readFileSync(join(dir, "src", "post.js"), "utf8")).toBe(FORGOTTEN);
  });

  it("without @typescript-eslint/parser, lints JS and skips TS files with one warning", () => {
    const dir = project({
      "src/post.js": FORGOTTEN,
      "src/kick.ts": TYPESCRIPT,
      "src/other.ts": TYPESCRIPT,
      "block-parser.cjs": [
        'const Module = require("node:module");',
        "const resolve = Module._resolveFilename;",
        "Module._resolveFilename = function (request, ...rest) {",
        '  if (request === "@typescript-eslint/parser") throw new Error("Cannot find module " + request);',
        "  return resolve.call(this, request, ...rest);",
        "};",
      ].join("\n"),
    });
    const r = run([join(dir, "src"), "--format", "json"], { env: { NODE_OPTIONS: `--require ${join(dir, "block-parser.cjs")}` } });
    expect(r.stderr.match(/warning/g)).toHaveLength(1);
    expect(r.stderr).toContain("@typescript-eslint/parser could not be loaded: TypeScript files are skipped.");
    expect(reports(r.stdout)).toEqual(["src/post.js:4 twilio-webhooks/require-webhook-enabled"]);
    expect(r.status).toBe(1);
  });

  it("parses CommonJS scripts that are not valid module code (sloppy mode) and audits them", () => {
    const sloppy = [
      "const client = require('twilio')(process.env.A, process.env.B);",
      "const package = require('./package.json');",
      "async function close(sid) {",
      "  console.log('\\033[32mclosing\\033[0m', sid, package.version);",
      "  await client.conversations.v1.conversations(sid).update({ state: 'closed' });",
      "}",
      "module.exports = close;",
      "",
    ].join("\n");
    const dir = project({ "src/worker.js": sloppy, "src/legacy.cjs": sloppy });
    const r = run([dir, "--format", "json"]);
    expect(reports(r.stdout)).toEqual([
      "src/legacy.cjs:5 twilio-webhooks/require-webhook-enabled",
      "src/worker.js:5 twilio-webhooks/require-webhook-enabled",
    ]);
    expect(r.stderr).toContain("2 files linted, 2 findings, 0 files not parsed");
  });

  it("reports a file it cannot parse without failing the audit", () => {
    const dir = project({ "src/post.js": CORRECT, "src/broken.js": "const = ;\n" });
    const r = run([dir, "--format", "json"]);
    expect(r.stderr).toContain("2 files linted, 0 findings, 1 files not parsed");
    expect((JSON.parse(r.stdout) as JsonResult[]).find((x) => x.filePath.endsWith("broken.js"))?.messages[0]?.fatal).toBe(true);
    expect(r.status).toBe(0);
  });
});

describe("--typed", () => {
  // A folder with a tsconfig covering src/ and a JS file outside it (linted without types, not dropped).
  const folder = join(ROOT, "tests", "fixtures", "typed-cli");
  const findings = (args: string[]) => {
    const r = run([...args, "--format", "json", folder]);
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { line: number; fatal?: boolean }[] }[];
    return results.map((f) => [f.filePath.slice(folder.length + 1), f.messages.map((m) => (m.fatal ? "fatal" : m.line))]);
  };

  it("adds what only types can see and keeps every untyped finding, falling back per file", () => {
    expect(findings([])).toEqual([
      ["loose.js", [1]],
      ["src/svc.ts", [3]],
    ]);
    expect(findings(["--typed"])).toEqual([
      ["loose.js", [1]],
      ["src/svc.ts", [2, 3]],
    ]);
  });
});
