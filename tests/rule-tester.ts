// One RuleTester per mode, shared by the rule tests.
import { RuleTester } from "@typescript-eslint/rule-tester";
import path from "node:path";

/** Untyped: TypeScript syntax, no type information (the default for JS users and untyped TS configs). */
export const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
});

export const FIXTURES = path.join(__dirname, "fixtures", "typed");
