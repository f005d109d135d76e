// The project lints itself: typescript-eslint's recommended-type-checked on the sources, and
// eslint-plugin-eslint-plugin's recommended rules on the rules. `npm run lint`; run by tests/self-lint.test.ts.
import { defineConfig } from "eslint/config";
import eslintPlugin from "eslint-plugin-eslint-plugin";
import tseslint from "typescript-eslint";

export default defineConfig([
  {
    files: ["src/**/*.{ts,mts}", "rules/**/*.ts", "scripts/**/*.ts"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    files: ["rules/**/*.ts"],
    extends: [eslintPlugin.configs.recommended],
  },
]);
