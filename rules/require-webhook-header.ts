import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

import { operationLabel, webhooksPhrase } from "../src/catalogue";
import { createRule } from "../src/create-rule";
import { stringLiteral } from "../src/fix";
import { CLI_FLAG } from "../src/http/command-line";
import { commandSourceOfCall, commandSourceOfTag, commandsOf, type FoundCommand } from "../src/http/commands";
import { headerFix } from "../src/http/fix";
import { writeRequest } from "../src/http/requests";
import { HEADER_NAME } from "../src/spelling";

export type Options = [{ autofix?: boolean }];
export type MessageIds = "missingHeader" | "missingCliFlag" | "missingCurlHeader" | "enableWebhooks" | "disableWebhooks";

type Fixer = TSESLint.RuleFixer;
type FixFn = (fixer: Fixer) => TSESLint.RuleFix | TSESLint.RuleFix[];

export default createRule<Options, MessageIds>({
  name: "require-webhook-header",
  meta: {
    type: "problem",
    docs: {
      description:
        "Require the `X-Twilio-Webhook-Enabled` header on raw HTTP requests, Twilio CLI commands and curl calls that write to Conversations and Chat, so post-event webhooks fire",
      recommended: true,
      requiresTypeChecking: false,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: {
          autofix: {
            type: "boolean",
            description:
              'Apply the header (`"X-Twilio-Webhook-Enabled": "true"`, or `--x-twilio-webhook-enabled=true` for the Twilio CLI) as a `--fix` fix instead of offering it as a suggestion. curl commands only ever get suggestions.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ autofix: false }],
    messages: {
      missingHeader:
        "{{operation}} is sent over HTTP without the X-Twilio-Webhook-Enabled header, so {{webhooks}} will not fire. Send `X-Twilio-Webhook-Enabled: true`, or `false` to opt out on purpose.",
      missingCliFlag:
        "`twilio {{command}}` runs {{operation}} without `--x-twilio-webhook-enabled`, so {{webhooks}} will not fire. Add `--x-twilio-webhook-enabled=true`, or `=false` to opt out on purpose.",
      missingCurlHeader:
        "This curl command runs {{operation}} without the X-Twilio-Webhook-Enabled header, so {{webhooks}} will not fire. Add `-H \"X-Twilio-Webhook-Enabled: true\"`, or `false` to opt out on purpose.",
      enableWebhooks: "Send X-Twilio-Webhook-Enabled: true (fire the webhooks for this request).",
      disableWebhooks: "Send X-Twilio-Webhook-Enabled: false (opt out of the webhooks on purpose).",
    },
  },
  defaultOptions: [{ autofix: false }],
  create(context, [{ autofix = false }]) {
    const sourceCode = context.sourceCode;
    // Every request this rule reports names a Twilio host or a `twilio api:` command in this file's own text (a URL
    // it cannot resolve here is never reported): a file without the word cannot hold one, so it costs nothing.
    if (!mentionsTwilio(sourceCode.text)) return {};

    /** Reports with the enable/opt-out edits: suggestions, or with `autofix` the enable edit as the fix. */
    function report(
      node: TSESTree.Node,
      messageId: "missingHeader" | "missingCliFlag" | "missingCurlHeader",
      data: Record<string, string>,
      edit: ((value: string) => FixFn) | undefined,
      fixable: boolean,
    ) {
      const fix = autofix && fixable && edit ? edit("true") : null;
      context.report({
        node,
        messageId,
        data,
        fix,
        suggest: edit
          ? [
              ...(fix ? [] : [{ messageId: "enableWebhooks" as const, fix: edit("true") }]),
              { messageId: "disableWebhooks" as const, fix: edit("false") },
            ]
          : [],
      });
    }

    function reportCommand(c: FoundCommand) {
      if (c.state !== "missing") return;
      const data = { operation: operationLabel(c.op), webhooks: webhooksPhrase(c.op), command: c.command };
      const source = c.source;
      const node = source.kind === "shell" ? source.node : (c.word.node ?? source.file);
      report(node, c.tool === "twilio" ? "missingCliFlag" : "missingCurlHeader", data, commandEdit(c), c.tool === "twilio");
    }

    /** The text that asks for the webhooks, placed after the topic / the `curl` word, or as new args elements. */
    function commandEdit(c: FoundCommand): ((value: string) => FixFn) | undefined {
      const source = c.source;
      if (source.kind === "shell") {
        const at = c.word.end;
        if (at === undefined) return undefined;
        const q = source.quote === '"' ? "'" : '"';
        return (value) => (fixer) =>
          fixer.insertTextAfterRange(
            [at, at],
            c.tool === "twilio" ? ` ${CLI_FLAG}=${value}` : ` -H ${q}${HEADER_NAME}: ${value}${q}`,
          );
      }
      if (c.tool === "twilio") {
        const topic = c.word.node;
        return topic && ((value) => (fixer) => fixer.insertTextAfter(topic, `, ${stringLiteral(sourceCode, `${CLI_FLAG}=${value}`)}`));
      }
      const last = source.args?.elements[source.args.elements.length - 1];
      return last
        ? (value) => (fixer) =>
            fixer.insertTextAfter(last, `, ${stringLiteral(sourceCode, "-H")}, ${stringLiteral(sourceCode, `${HEADER_NAME}: ${value}`)}`)
        : undefined;
    }

    return {
      CallExpression(call) {
        const request = writeRequest(sourceCode, call);
        if (request) {
          const headers = request.headers();
          if (headers.kind !== "missing") return;
          const edit = headers.edit;
          const data = { operation: operationLabel(request.op), webhooks: webhooksPhrase(request.op) };
          report(request.node, "missingHeader", data, edit && ((value) => headerFix(sourceCode, edit, value)), true);
          return;
        }
        const source = commandSourceOfCall(sourceCode, call);
        if (source) commandsOf(sourceCode, source).forEach(reportCommand);
      },
      TaggedTemplateExpression(node) {
        const source = commandSourceOfTag(sourceCode, node);
        if (source) commandsOf(sourceCode, source).forEach(reportCommand);
      },
    };
  },
});

const TWILIO = /twilio/i;
function mentionsTwilio(text: string): boolean {
  return TWILIO.test(text);
}
