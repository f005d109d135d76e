/** `@typescript-eslint/parser`, loaded at run time so that a missing install only costs the TS files. */
import type { Linter } from "eslint";

export const TS_PARSER = "@typescript-eslint/parser";

/** The parser, or `undefined` when it cannot be loaded. `load` is `require` except in tests. */
export function loadTypeScriptParser(load: (id: string) => unknown = require): Linter.Parser | undefined {
  try {
    return load(TS_PARSER) as Linter.Parser;
  } catch {
    return undefined;
  }
}
