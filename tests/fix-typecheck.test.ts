// Fixes keep TypeScript code compiling: each snippet type-checks against twilio's own declarations before the fix,
// and still does after `--fix` (autofix on) and after each suggestion. A `"true"` written into an object literal that
// takes no type from the call would widen to `string`, which twilio's `"true" | "false"` option type rejects.
import * as tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

import plugin from "../src/index";

const ROOT = path.join(__dirname, "..");

const HEAD = `import twilio from "twilio";
const client = twilio("AC00000000000000000000000000000000", "token");
declare const sid: string;
declare const ready: boolean;
`;

/** Snippets with one finding each: [what, code after HEAD]. */
const SNIPPETS: [string, string][] = [
  ["a direct argument", `client.conversations.v1.conversations(sid).messages.create({ body: "hi" });`],
  ["no argument", `client.conversations.v1.conversations(sid).remove();`],
  ["a satisfies check", `client.conversations.v1.conversations(sid).messages.create({ body: "hi" } satisfies object);`],
  ["an unannotated variable, undefined value", `const params = { body: "hi", xTwilioWebhookEnabled: undefined };
client.conversations.v1.conversations(sid).messages.create(params);`],
  ["an annotated variable, undefined value", `const params: { body: string; xTwilioWebhookEnabled?: "true" | "false" } = { body: "hi", xTwilioWebhookEnabled: undefined };
client.conversations.v1.conversations(sid).messages.create(params);`],
  ["a spread base, undefined value", `const base = { xTwilioWebhookEnabled: undefined };
client.conversations.v1.conversations(sid).participants.create({ ...base, identity: "x" });`],
  ["a variable used as options", `const params = { friendlyName: "x" };
client.conversations.v1.conversations(sid).update(params);`],
  ["a conditional argument", `client.conversations.v1.conversations(sid).update(ready ? { friendlyName: "a" } : { friendlyName: "b" });`],
];

/** Wrong values (type errors before the fix, by design): [what, code after HEAD]. */
const VALUE_SNIPPETS: [string, string][] = [
  ["a boolean in a direct argument", `client.conversations.v1.conversations(sid).messages.create({ body: "hi", xTwilioWebhookEnabled: true });`],
  ["a boolean in an unannotated variable", `const params = { body: "hi", xTwilioWebhookEnabled: true };
client.conversations.v1.conversations(sid).messages.create(params);`],
  ["a boolean constant read by an unannotated variable", `const on = true;
const params = { body: "hi", xTwilioWebhookEnabled: on };
client.conversations.v1.conversations(sid).messages.create(params);`],
  ["a boolean in a let read by a direct argument", `let on = true;
client.conversations.v1.conversations(sid).messages.create({ body: "hi", xTwilioWebhookEnabled: on });`],
  ["a boolean behind a type assertion in an unannotated variable", `const params = { body: "hi", xTwilioWebhookEnabled: <boolean>true };
client.conversations.v1.conversations(sid).messages.create(params);`],
  ["an unknown string in an unannotated variable", `const params = { body: "hi", xTwilioWebhookEnabled: "yes" };
client.conversations.v1.conversations(sid).messages.create(params);`],
];

const linter = new Linter({ configType: "flat" });
const config = (rules: Linter.RulesRecord): Linter.Config[] => [
  {
    files: ["**/*.ts"],
    plugins: { "twilio-webhooks": plugin as never },
    languageOptions: { parser: tsParser as never },
    rules,
  },
];

/** Type errors of `code` as a strict TS module that sees this project's `twilio`. */
function typeErrors(code: string): string[] {
  const file = path.join(ROOT, "tests", "__fix_typecheck__.ts");
  const options: ts.CompilerOptions = {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    esModuleInterop: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (path.resolve(name) === file ? code : readFile(name));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => path.resolve(name) === file || fileExists(name);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, onError, create) =>
    path.resolve(name) === file ? ts.createSourceFile(name, code, lang) : getSourceFile(name, lang, onError, create);
  const program = ts.createProgram([file], options, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(file))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

/** The fixed text and every suggestion's text, for one rule. */
function outputs(code: string, rule: string, options: unknown[] = []): { fixed: string; suggestions: string[] } {
  const rules = { [`twilio-webhooks/${rule}`]: ["error", ...options] } as Linter.RulesRecord;
  const messages = linter.verify(code, config(rules), path.join(ROOT, "snippet.ts"));
  expect(messages.filter((m) => m.ruleId === `twilio-webhooks/${rule}`)).toHaveLength(1);
  const fixed = linter.verifyAndFix(code, config(rules), path.join(ROOT, "snippet.ts")).output;
  const suggestions = messages.flatMap((m) =>
    (m.suggestions ?? []).map((s) => code.slice(0, s.fix.range[0]) + s.fix.text + code.slice(s.fix.range[1])),
  );
  return { fixed, suggestions };
}

describe("fixes keep TypeScript compiling against twilio's types", () => {
  describe.each(SNIPPETS)("require-webhook-enabled: %s", (_what, body) => {
    const code = HEAD + body + "\n";
    it("compiles before the fix", () => {
      expect(typeErrors(code)).toEqual([]);
    });
    it("compiles after --fix and after each suggestion", () => {
      const { fixed, suggestions } = outputs(code, "require-webhook-enabled", [{ autofix: true }]);
      expect(fixed).not.toBe(code);
      expect(fixed).toMatch(/xTwilioWebhookEnabled: "true"/);
      expect(typeErrors(fixed)).toEqual([]);
      expect(suggestions.length).toBeGreaterThan(0);
      for (const s of suggestions) expect(typeErrors(s)).toEqual([]);
    });
  });

  describe.each(VALUE_SNIPPETS)("valid-webhook-enabled-value: %s", (_what, body) => {
    const code = HEAD + body + "\n";
    it("does not compile before, compiles after the fix or each suggestion", () => {
      expect(typeErrors(code)).not.toEqual([]);
      const { fixed, suggestions } = outputs(code, "valid-webhook-enabled-value");
      const edited = [fixed, ...suggestions].filter((t) => t !== code);
      expect(edited.length).toBeGreaterThan(0);
      for (const text of edited) expect(typeErrors(text)).toEqual([]);
    });
  });

  it("writes `as const` only where TypeScript would widen, and never in JavaScript", () => {
    const rules = { "twilio-webhooks/require-webhook-enabled": ["error", { autofix: true }] } as Linter.RulesRecord;
    const fix = (code: string, file: string) => linter.verifyAndFix(code, config(rules).map((c) => ({ ...c, files: ["**/*.{ts,js}"] })), path.join(ROOT, file)).output;
    const unannotated = `const p = { body: "x", xTwilioWebhookEnabled: undefined };\nclient.conversations.v1.conversations(sid).messages.create(p);\n`;
    expect(fix(unannotated, "a.ts")).toContain('xTwilioWebhookEnabled: "true" as const');
    expect(fix(unannotated, "a.js")).toContain('xTwilioWebhookEnabled: "true" }');
    const direct = `client.conversations.v1.conversations(sid).messages.create({ body: "x" });\n`;
    expect(fix(direct, "a.ts")).toContain('{ body: "x", xTwilioWebhookEnabled: "true" }');
  });
});
