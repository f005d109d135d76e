// eslint-doc-generator: the header of each docs/rules/*.md, its options table, and the README's rule list come from
// the rules' meta. `npm run docs` writes them; `npm run docs:check` (run by tests/docs.test.ts) fails on any drift.
/** @type {import("eslint-doc-generator").GenerateOptions} */
module.exports = {
  configEmoji: [["recommended", "✅"]],
  // The eslintrc twin of `recommended` (same rules): described in the README's Configure section, not a column.
  ignoreConfig: ["legacy-recommended"],
  ruleDocTitleFormat: "desc-parens-prefix-name",
  ruleDocNotices: ["deprecated", "configs", "fixable", "hasSuggestions", "requiresTypeChecking"],
  ruleListColumns: ["name", "description", "configsError", "fixable", "hasSuggestions", "options", "requiresTypeChecking"],
  // Every page says why, shows ❌/✅ examples (linted by tests/docs-examples.test.ts) and when not to use the rule;
  // a rule with options must also have an "Options" section naming each (the generator's default check).
  ruleDocSectionInclude: ["Why", "Examples", "When not to use it"],
  urlConfigs: "https://github.com/twilio-webhooks/eslint-plugin-twilio-webhooks#configure",
};
