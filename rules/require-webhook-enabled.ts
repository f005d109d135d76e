import type { TSESLint } from "@typescript-eslint/utils";

import { operationLabel, webhooksPhrase } from "../src/catalogue";
import { createRule } from "../src/create-rule";
import { insertOption, removeProperty, renameKey, stringLiteral } from "../src/fix";
import { operationCalls } from "../src/operation";
import { type OptionsFinding, OptionsAnalyzer } from "../src/options";
import { OPTION_NAME } from "../src/spelling";
import { typedServices } from "../src/typed";
import { staticString } from "../src/ast";

export type Options = [{ autofix?: boolean; allowExplicitFalse?: boolean }];
export type MessageIds = "missingOption" | "misspelledOption" | "explicitFalse" | "enableWebhooks" | "disableWebhooks";

export default createRule<Options, MessageIds>({
  name: "require-webhook-enabled",
  meta: {
    type: "problem",
    docs: {
      description:
        "Require `xTwilioWebhookEnabled` on twilio helper-library writes to Conversations and Chat, so post-event webhooks fire",
      recommended: true,
      // Works without types; with typed linting it also finds calls only types can see.
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
            description: 'Apply `xTwilioWebhookEnabled: "true"` as a `--fix` fix instead of offering it as a suggestion.',
          },
          allowExplicitFalse: {
            type: "boolean",
            description: 'Accept an explicit `xTwilioWebhookEnabled: "false"` as a deliberate opt-out.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ autofix: false, allowExplicitFalse: true }],
    messages: {
      missingOption:
        "{{operation}} is sent without the X-Twilio-Webhook-Enabled header, so {{webhooks}} will not fire. Pass `xTwilioWebhookEnabled: \"true\"`, or `\"false\"` to opt out on purpose.",
      misspelledOption:
        "`{{key}}` is not an option twilio reads: {{operation}} is sent without the X-Twilio-Webhook-Enabled header and {{webhooks}} will not fire. Spell it `xTwilioWebhookEnabled`.",
      explicitFalse:
        "{{operation}} turns webhooks off with `xTwilioWebhookEnabled: \"false\"`, so {{webhooks}} will not fire; this project does not allow opting out.",
      enableWebhooks: 'Add `xTwilioWebhookEnabled: "true"` (fire the webhooks for this call).',
      disableWebhooks: 'Add `xTwilioWebhookEnabled: "false"` (opt out of the webhooks on purpose).',
    },
  },
  defaultOptions: [{ autofix: false, allowExplicitFalse: true }],
  create(context, [{ autofix = false, allowExplicitFalse = true }]) {
    const sourceCode = context.sourceCode;
    // Made at the first operation: most files hold none.
    let options: OptionsAnalyzer | undefined;

    return operationCalls(context, (found) => {
      const { call } = found;
      const data = { operation: operationLabel(found.op), webhooks: webhooksPhrase(found.op) };
      options ??= new OptionsAnalyzer(sourceCode, () => typedServices(context));
      const finding = options.analyze(call);
      switch (finding.kind) {
        case "missing": {
          const add = (value: string) => (fixer: TSESLint.RuleFixer) =>
            insertOption(fixer, sourceCode, context.filename, finding.insertion, value);
          context.report({
            node: found.methodNode,
            messageId: "missingOption",
            data,
            fix: autofix ? add("true") : null,
            // With autofix the enable edit is the fix; the explicit opt-out stays one click away.
            suggest: [
              ...(autofix ? [] : [{ messageId: "enableWebhooks" as const, fix: add("true") }]),
              { messageId: "disableWebhooks", fix: add("false") },
            ],
          });
          return;
        }
        case "misspelled":
          context.report({
            node: found.methodNode,
            messageId: "misspelledOption",
            data: { operation: data.operation, webhooks: data.webhooks, key: finding.key },
            fix: (fixer) => respell(fixer, sourceCode, finding),
          });
          return;
        case "present":
          if (!allowExplicitFalse && staticString(finding.value) === "false") {
            context.report({
              node: found.methodNode,
              messageId: "explicitFalse",
              data,
              suggest: [
                {
                  messageId: "enableWebhooks",
                  fix: (fixer) => fixer.replaceText(finding.value, stringLiteral(sourceCode, "true")),
                },
              ],
            });
          }
          return;
        case "unknown":
          return;
      }
    });
  },
});

/** Renames a misspelled key; a header tucked into `headers: { … }` moves out to the options themselves. */
function respell(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  finding: Extract<OptionsFinding, { kind: "misspelled" }>,
): TSESLint.RuleFix[] {
  if (!finding.headers) return renameKey(fixer, sourceCode, finding.property, OPTION_NAME);
  const { property: headersProp, object: headers } = finding.headers;
  const moved = `${OPTION_NAME}: ${sourceCode.getText(finding.property.value)}`;
  if (headers.properties.length === 1) return [fixer.replaceText(headersProp, moved)];
  const multiline = headersProp.loc.start.line !== sourceCode.getTokenBefore(headersProp)!.loc.end.line;
  const indent = multiline ? /^\s*/.exec(sourceCode.lines[headersProp.loc.start.line - 1] ?? "")![0] : "";
  return [
    fixer.insertTextBefore(headersProp, multiline ? `${moved},\n${indent}` : `${moved}, `),
    removeProperty(fixer, sourceCode, finding.property),
  ];
}
