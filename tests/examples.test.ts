// The embedded example backend: the CLI's lint function must report exactly the lines marked
// `// expect: require-webhook-enabled`, no more and no fewer.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";

import { describe, expect, it } from "vitest";

import { lintPaths } from "../src/cli-lint";

const EXAMPLES = join(__dirname, "..", "examples");
const MARKER = /\/\/ expect: ([\w-]+)\s*$/;

describe("examples/", () => {
  it("reports exactly the lines marked `// expect: <rule>`", async () => {
    const outcome = await lintPaths([EXAMPLES]);
    expect(outcome.parseErrors).toBe(0);

    const linted = outcome.results.map((r) => relative(EXAMPLES, r.filePath)).sort();
    // Every source file of the example is linted: the HTTP service (TS), the Twilio Function and the workers (JS).
    expect(linted).toEqual([
      "functions/join-conversation.js",
      "src/assistant.ts",
      "src/db.ts",
      "src/server.ts",
      "src/twilio-client.ts",
      "workers/archive-idle-conversations.js",
      "workers/chat-moderation-consumer.mjs",
    ]);

    const expected: string[] = [];
    const actual: string[] = [];
    for (const result of outcome.results) {
      const file = relative(EXAMPLES, result.filePath);
      readFileSync(result.filePath, "utf8")
        .split(/\r?\n/)
        .forEach((line, i) => {
          const marker = MARKER.exec(line);
          if (marker) expected.push(`${file}:${i + 1} twilio-webhooks/${marker[1]}`);
        });
      for (const m of result.messages) actual.push(`${file}:${m.line} ${m.ruleId ?? m.message}`);
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(actual.sort()).toEqual(expected.sort());
    expect(outcome.findings).toBe(expected.length);
  });
});
