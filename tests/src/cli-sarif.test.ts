// `twilio-webhooks-lint --format sarif`: SARIF 2.1.0 for GitHub code scanning, checked field by field against the
// JSON output of the same run (no schema download: the structure the spec and code scanning require is asserted here).
// Runs the built bin: `npm run build` first when running this file on its own.
import { join } from "node:path";
import { pathToFileURL } from "node:url";

import { describe, expect, it } from "vitest";

import plugin from "../../src/index";
import { project, run } from "../helpers/cli";

/** One finding of each rule (lines 4, 7 and 10). */
const SERVICE = [
  'const twilio = require("twilio");',
  "const client = twilio(process.env.SID, process.env.TOKEN);",
  "async function post(sid, body) {",
  '  await client.conversations.v1.conversations(sid).messages.create({ author: "bot", body });',
  "}",
  "async function mark(sid, body) {",
  "  await client.conversations.v1.conversations(sid).messages.create({ body, xTwilioWebhookEnabled: true });",
  "}",
  "async function raw(sid, body) {",
  '  await fetch(`https://conversations.twilio.com/v1/Conversations/${sid}/Messages`, { method: "POST", body });',
  "}",
  "module.exports = { post, mark, raw };",
  "",
].join("\n");
/** A second folder given on the command line: each path is linted by its own ESLint instance. */
const WORKER = [
  'import twilio from "twilio";',
  "const client = twilio();",
  "export async function close(sid: string): Promise<void> {",
  "  await client.conversations.v1.conversations(sid).remove();",
  "}",
  "",
].join("\n");


interface JsonMessage {
  ruleId: string | null;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}
interface SarifLog {
  version: string;
  $schema: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri: string; shortDescription?: { text: string } }[] } };
    artifacts: { location: { uri: string } }[];
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string; index: number };
          region: { startLine: number; startColumn: number; endLine?: number; endColumn?: number };
        };
      }[];
    }[];
  }[];
}

describe("twilio-webhooks-lint --format sarif", () => {
  // Two folders, each linted by its own ESLint instance; named so that code-point order ("Z" < "a") and a locale's
  // order disagree: every format must list files in the one order ESLint's formatters use.
  const root = project({ "alpha/service.js": SERVICE, "Zeta/close.ts": WORKER });
  const service = join(root, "alpha");
  const worker = join(root, "Zeta");
  const sarifRun = run([service, worker, "--format", "sarif"]);
  const jsonRun = run([service, worker, "--format", "json"]);

  it("prints only the SARIF log on stdout and keeps the exit code of findings", () => {
    expect(sarifRun.status).toBe(1);
    expect(sarifRun.stderr).toContain("2 files linted, 4 findings");
    expect(() => JSON.parse(sarifRun.stdout) as unknown).not.toThrow();
  });

  it("is a SARIF 2.1.0 log with one run by ESLint", () => {
    const log = JSON.parse(sarifRun.stdout) as SarifLog;
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toBe("http://json.schemastore.org/sarif-2.1.0-rtm.5");
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.tool.driver.name).toBe("ESLint");
  });

  it("describes each reported rule: id, help URI = meta.docs.url, description", () => {
    const { rules } = (JSON.parse(sarifRun.stdout) as SarifLog).runs[0]!.tool.driver;
    const expected = (Object.keys(plugin.rules) as (keyof typeof plugin.rules)[]).map((name) => ({
      id: `twilio-webhooks/${name}`,
      helpUri: plugin.rules[name].meta.docs.url,
      shortDescription: { text: plugin.rules[name].meta.docs.description },
    }));
    expect(rules.map(({ id, helpUri, shortDescription }) => ({ id, helpUri, shortDescription })).sort((a, b) => a.id.localeCompare(b.id)))
      .toEqual(expected.sort((a, b) => a.id.localeCompare(b.id)));
    expect(rules.map((r) => r.helpUri)).toContain(
      "https://github.com/twilio-webhooks/eslint-plugin-twilio-webhooks/blob/main/docs/rules/require-webhook-header.md",
    );
  });

  it("has one result per finding of the JSON output: rule, level, message, file URI and region", () => {
    const run0 = (JSON.parse(sarifRun.stdout) as SarifLog).runs[0]!;
    const fromJson = (JSON.parse(jsonRun.stdout) as { filePath: string; messages: JsonMessage[] }[]).flatMap((r) =>
      r.messages.map((m) => ({
        ruleId: m.ruleId,
        level: m.severity === 2 ? "error" : "warning",
        text: m.message,
        uri: pathToFileURL(r.filePath).href,
        region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
      })),
    );
    const fromSarif = run0.results.map((r) => {
      const { artifactLocation, region } = r.locations[0]!.physicalLocation;
      // Each result points at its artifact and its rule descriptor by index.
      expect(run0.artifacts[artifactLocation.index]!.location.uri).toBe(artifactLocation.uri);
      expect(run0.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
      return { ruleId: r.ruleId, level: r.level, text: r.message.text, uri: artifactLocation.uri, region };
    });
    expect(fromSarif).toEqual(fromJson);
    // Results come in file order (by code point, as ESLint sorts), then line order.
    expect(fromSarif.map((r) => `${r.uri.split("/").slice(-2).join("/")}:${r.region.startLine}:${r.region.startColumn} ${r.ruleId}`)).toEqual([
      "Zeta/close.ts:4:52 twilio-webhooks/require-webhook-enabled",
      "alpha/service.js:4:61 twilio-webhooks/require-webhook-enabled",
      "alpha/service.js:7:99 twilio-webhooks/valid-webhook-enabled-value",
      "alpha/service.js:10:9 twilio-webhooks/require-webhook-header",
    ]);
    expect(fromSarif.every((r) => r.level === "error" && r.text.length > 0 && r.uri.startsWith("file:///"))).toBe(true);
  });

  it("is an empty result list, not an error, when nothing is found", () => {
    const clean = project({ "ok.js": "module.exports = 1;\n" });
    const r = run([clean, "--format", "sarif"]);
    expect(r.status).toBe(0);
    const log = JSON.parse(r.stdout) as SarifLog;
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules).toEqual([]);
  });
});
