// Resolution shapes (variables, classes, instances, callbacks) and one generated case per catalogue operation.
import rule from "../../rules/require-webhook-enabled";
import { catalogue, type CatalogueOperation, listArity, operationLabel, webhooksPhrase } from "../../src/catalogue";
import { describe, expect, it } from "vitest";

import { found, silent } from "../cases/shapes";
import { reportLines } from "../lint";
import { ruleTester } from "../rule-tester";

/** `list("S0")` with as many sids as twilio's signature takes. */
function sids(op: CatalogueOperation, depth: number): string {
  const n = listArity(op.domain, op.version, op.path.slice(0, depth));
  return Array.from({ length: n }, (_, i) => `"S${i}"`).join(", ");
}
function listChain(op: CatalogueOperation): string {
  let s = `client.${op.domain}.${op.version}`;
  op.path.forEach((p, i) => {
    s += i < op.path.length - 1 ? `.${p}(${sids(op, i + 1)})` : `.${p}`;
  });
  return s;
}
const contextChain = (op: CatalogueOperation) => `${listChain(op)}(${sids(op, op.path.length)})`;

const generated = catalogue.operations.flatMap((op) =>
  op.methods.flatMap((method) =>
    op.receivers.map((receiver) => {
      const code =
        receiver === "list"
          ? `${listChain(op)}.${method}({ friendlyName: "x" });`
          : receiver === "context"
            ? `${contextChain(op)}.${method}();`
            : `async function f() {\n  const item = await ${contextChain(op)}.fetch();\n  await item.${method}();\n}`;
      return {
        code,
        errors: [
          {
            messageId: "missingOption" as const,
            data: { operation: operationLabel(op), webhooks: webhooksPhrase(op) },
            suggestions: [
              { messageId: "enableWebhooks" as const, output: withOption(code, method, "true") },
              { messageId: "disableWebhooks" as const, output: withOption(code, method, "false") },
            ],
          },
        ],
      };
    }),
  ),
);
function withOption(code: string, method: string, v: string): string {
  const prop = `xTwilioWebhookEnabled: "${v}"`;
  return code.includes(`${method}()`)
    ? code.replace(`${method}()`, `${method}({ ${prop} })`)
    : code.replace(`${method}({ friendlyName: "x" })`, `${method}({ friendlyName: "x", ${prop} })`);
}

/** A create on a context, an update on a list: never an operation. */
const wrongReceivers = catalogue.operations.map((op) =>
  op.method === "create" ? `${contextChain(op)}.create({});` : `${listChain(op)}.${op.method}({});`,
);

ruleTester.run("require-webhook-enabled (every catalogue operation)", rule, {
  valid: wrongReceivers,
  invalid: generated,
});

describe("require-webhook-enabled: resolution shapes", () => {
  it.each(silent)("stays silent: %s", (code) => {
    expect(reportLines(code)).toEqual([]);
  });
  it.each(found)("reports: $code", ({ code, lines }) => {
    expect(reportLines(code)).toEqual(lines);
  });
});
