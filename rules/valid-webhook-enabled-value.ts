import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

import { operationLabel, webhooksPhrase } from "../src/catalogue";
import { unwrap } from "../src/ast";
import { createRule } from "../src/create-rule";
import { isTypeScriptFile, optionValue, stringLiteral } from "../src/fix";
import { operationCalls } from "../src/operation";
import { DOCUMENTED_VALUES, optionTypeChecker, type ResolvedLiteral, resolveLiteral } from "../src/option-value";
import { type OptionsFinding, OptionsAnalyzer } from "../src/options";
import { OPTION_NAME } from "../src/spelling";
import { typedServices } from "../src/typed";

export type Options = [];
export type MessageIds =
  | "booleanValue"
  | "unknownValue"
  | "unassignableType"
  | "useTrue"
  | "useFalse"
  | "convertBoolean";

type Present = Extract<OptionsFinding, { kind: "present" }>;

export default createRule<Options, MessageIds>({
  name: "valid-webhook-enabled-value",
  meta: {
    type: "problem",
    docs: {
      description:
        'Require `xTwilioWebhookEnabled` to be one of the strings twilio declares, `"true"` or `"false"`',
      recommended: true,
      // Works without types; with typed linting it also judges values by their type.
      requiresTypeChecking: false,
    },
    fixable: "code",
    hasSuggestions: true,
    schema: [],
    messages: {
      booleanValue:
        '{{operation}} passes the boolean `{{value}}` as `xTwilioWebhookEnabled`, but twilio declares the option as the strings `"true" | "false"`; a boolean reaches the X-Twilio-Webhook-Enabled header only by accident, because the HTTP client turns header values into text. Write the string `"{{value}}"`.',
      unknownValue:
        '{{operation}} passes `{{value}}` as `xTwilioWebhookEnabled`, a value twilio does not declare: it copies the value as it is into the X-Twilio-Webhook-Enabled header, and Twilio documents only `"true"` (fire {{webhooks}}) and `"false"` (do not). Use one of those two strings.',
      unassignableType:
        '{{operation}} passes a value of type `{{type}}` as `xTwilioWebhookEnabled`, which is not assignable to the declared `"true" | "false"`: twilio copies the value as it is into the X-Twilio-Webhook-Enabled header, and Twilio documents only those two strings (`"true"` fires {{webhooks}}).',
      useTrue: 'Use `"true"` (fire the webhooks for this call).',
      useFalse: 'Use `"false"` (opt out of the webhooks on purpose).',
      convertBoolean: 'Convert the boolean to the string twilio expects (`… ? "true" : "false"`).',
    },
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;
    let options: OptionsAnalyzer | undefined;
    let typeOf: ReturnType<typeof optionTypeChecker> | undefined | null = null;
    // One value can serve several calls (a shared options object): report it once.
    let reported: WeakSet<TSESTree.Node> | undefined;

    /** Puts `text` where the value is: on the literal when that is private to this option, else at the option. */
    const replace = (finding: Present, literal: ResolvedLiteral | undefined, text: string) => (fixer: TSESLint.RuleFixer) => {
      // The option's own value is replaced whole, with any type assertion around it (`<boolean>true`).
      if (literal?.private && literal.literal !== unwrap(finding.value)) return fixer.replaceText(literal.literal, text);
      if (finding.property?.shorthand) return fixer.replaceText(finding.property, `${OPTION_NAME}: ${text}`);
      return fixer.replaceText(finding.value, text);
    };
    /**
     * The string `value` as the option's new value, with `as const` where TypeScript would widen it: in an object
     * literal that takes no type from the call (see `optionValue`), and on a literal edited in a `let` the option reads.
     */
    const valueText = (finding: Present, literal: ResolvedLiteral | undefined, value: string) => {
      const plain = stringLiteral(sourceCode, value);
      if (!isTypeScriptFile(context.filename)) return plain;
      const inLet =
        literal?.private &&
        literal.literal !== unwrap(finding.value) &&
        literal.literal.parent?.type === AST_NODE_TYPES.VariableDeclarator &&
        literal.literal.parent.parent.kind === "let";
      if (inLet) return `${plain} as const`;
      const object = finding.property?.parent;
      return object?.type === AST_NODE_TYPES.ObjectExpression ? optionValue(sourceCode, context.filename, value, object) : plain;
    };
    const useEither = (finding: Present, literal: ResolvedLiteral | undefined) => [
      { messageId: "useTrue" as const, fix: replace(finding, literal, valueText(finding, literal, "true")) },
      { messageId: "useFalse" as const, fix: replace(finding, literal, valueText(finding, literal, "false")) },
    ];

    return operationCalls(context, (found) => {
      const { call } = found;
      options ??= new OptionsAnalyzer(sourceCode);
      const finding = options.analyze(call);
      // Only a present option: a missing or misspelled one is require-webhook-enabled's report.
      if (finding.kind !== "present" || reported?.has(finding.value)) return;
      const data = { operation: operationLabel(found.op), webhooks: webhooksPhrase(found.op) };
      const node = finding.value;

      const literal = resolveLiteral(sourceCode, node);
      if (literal) {
        const { value } = literal;
        if (typeof value === "string" && DOCUMENTED_VALUES.includes(value)) return;
        (reported ??= new WeakSet()).add(node);
        if (typeof value === "boolean") {
          context.report({
            node,
            messageId: "booleanValue",
            data: { operation: data.operation, value: String(value) },
            fix: replace(finding, literal, valueText(finding, literal, String(value))),
          });
        } else {
          context.report({
            node,
            messageId: "unknownValue",
            data: { operation: data.operation, webhooks: data.webhooks, value: sourceCode.getText(literal.literal) },
            suggest: useEither(finding, literal),
          });
        }
        return;
      }

      // Types last: only for the values the syntax could not settle.
      if (typeOf === null) {
        const services = typedServices(context);
        typeOf = services && optionTypeChecker(services);
      }
      const judgement = typeOf?.(node);
      if (judgement?.kind !== "unassignable") return;
      (reported ??= new WeakSet()).add(node);
      const text = sourceCode.getText(node);
      context.report({
        node,
        messageId: "unassignableType",
        data: { operation: data.operation, webhooks: data.webhooks, type: judgement.type },
        suggest: judgement.boolean
          ? [
              {
                messageId: "convertBoolean",
                fix: replace(
                  finding,
                  undefined,
                  `${needsParens(node) ? `(${text})` : text} ? ${valueText(finding, undefined, "true")} : ${valueText(finding, undefined, "false")}`,
                ),
              },
            ]
          : useEither(finding, undefined),
      });
    });
  },
});

/** Whether `node` needs parentheses as the test of a conditional expression. */
function needsParens(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.ConditionalExpression:
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.YieldExpression:
    case AST_NODE_TYPES.SequenceExpression:
      return true;
    default:
      return false;
  }
}
