import { ESLintUtils } from "@typescript-eslint/utils";

export interface TwilioRuleDocs {
  description: string;
  /** In `configs.recommended`. */
  recommended: boolean;
  /** Uses type information when the file is linted with it; works without it. */
  requiresTypeChecking?: boolean;
}

export const REPO_URL = "https://github.com/twilio-webhooks/eslint-plugin-twilio-webhooks";

const named = ESLintUtils.RuleCreator<TwilioRuleDocs>((name) => `${REPO_URL}/blob/main/docs/rules/${name}.md`);

/**
 * typescript-eslint's `RuleCreator` (docs URL, typed `create(context, options)`), with the user's options merged over
 * the defaults once per distinct options value instead of on every file: `RuleCreator` clones and deep-merges them in
 * each `create`, which cost more than the rest of a rule's work on a file that holds no Twilio call.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, TwilioRuleDocs>>,
): ReturnType<typeof named<Options, MessageIds>> {
  const module = named(rule);
  const defaults: Readonly<Options> | undefined = rule.meta.defaultOptions ?? rule.defaultOptions;
  // ESLint hands each file a new options array: made of the same objects when the config gives a severity only (or
  // on ESLint 8), of equal copies when it gives options too (ESLint 9+ merges `meta.defaultOptions` itself).
  let last: { options: Readonly<Options>; merged: Readonly<Options> } | undefined;
  const byValue = new Map<string, Readonly<Options>>();
  const merged = (options: Readonly<Options>): Readonly<Options> => {
    if (last && last.options.length === options.length && last.options.every((o, i) => o === options[i])) return last.merged;
    const key = JSON.stringify(options);
    let result = byValue.get(key);
    if (!result) byValue.set(key, (result = deepFreeze(defaults ? ESLintUtils.applyDefault<Options, Options>(defaults, options) : options)));
    last = { options, merged: result };
    return result;
  };
  return { ...module, create: (context) => rule.create(context, merged(context.options)) };
}

/** The merged options are shared by every file: frozen, so that no rule can change them for the next one. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
