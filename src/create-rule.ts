import { ESLintUtils } from "@typescript-eslint/utils";

export interface TwilioRuleDocs {
  description: string;
  /** In `configs.recommended`. */
  recommended: boolean;
  /** Uses type information when the file is linted with it; works without it. */
  requiresTypeChecking?: boolean;
}

export const REPO_URL = "https://github.com/twilio-webhooks/eslint-plugin-twilio-webhooks";

export const createRule = ESLintUtils.RuleCreator<TwilioRuleDocs>(
  (name) => `${REPO_URL}/blob/main/docs/rules/${name}.md`,
);
