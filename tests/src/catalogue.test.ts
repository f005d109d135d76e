import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

import { CATALOGUE_FILE, generateCatalogue, renderCatalogue } from "../../scripts/generate-catalogue";
import { catalogue } from "../../src/catalogue";
import { WEBHOOK_EVENTS, familyOf } from "../../src/webhook-events";

describe("operation catalogue", () => {
  const fresh = generateCatalogue();

  it("is what the installed twilio package declares (run `npm run catalogue` when this fails)", () => {
    expect(readFileSync(CATALOGUE_FILE, "utf8")).toBe(renderCatalogue(fresh));
  });

  it("lists one operation per options interface that declares xTwilioWebhookEnabled", () => {
    // Count the option declarations in the installed .d.ts files independently of the generator's type walk.
    const { execFileSync } = require("node:child_process") as typeof import("node:child_process");
    const dir = require("node:path").dirname(require.resolve("twilio/package.json")) as string;
    const out = execFileSync("grep", ["-rc", "xTwilioWebhookEnabled?:", `${dir}/lib/rest`, "--include=*.d.ts"], { encoding: "utf8" });
    const declared = out.split("\n").filter(Boolean).reduce((n, line) => n + Number(line.split(":").pop()), 0);
    expect(fresh.operations.length).toBe(declared);
    expect(new Set(fresh.operations.map((o) => o.id)).size).toBe(fresh.operations.length);
  });

  it("gives every operation a REST path and a write method", () => {
    for (const op of catalogue.operations) {
      expect(op.http.path).toMatch(/^\/[A-Z]/);
      expect(op.http.method).toBe(op.method === "remove" ? "DELETE" : "POST");
      expect(op.methods).toContain(op.method);
      expect(op.receivers).toEqual(op.method === "create" ? ["list"] : expect.arrayContaining(["context"]));
    }
  });

  it("knows the webhook events of every resource it lists", () => {
    for (const op of catalogue.operations) expect(WEBHOOK_EVENTS[familyOf(op.domain)][op.resource]).toBeDefined();
  });

  it("records the shorthands the domain classes declare", () => {
    expect(catalogue.shorthands.chat).toMatchObject({ services: "v2", channels: "v3" });
    expect(catalogue.shorthands.conversations).toMatchObject({ conversations: "v1", services: "v1", users: "v1" });
    expect(catalogue.shorthands.ipMessaging).toMatchObject({ services: "v2" });
    expect(catalogue.lists["chat/v3/channels"]).toBe(2);
  });
});
