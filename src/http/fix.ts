/**
 * Edits that add X-Twilio-Webhook-Enabled to one request, each in the code's own layout (through src/fix.ts).
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

import { addProperty, stringLiteral } from "../fix";
import { HEADER_NAME } from "../spelling";

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

export type HeaderEdit =
  /** `{ a }` → `{ a, "X-Twilio-Webhook-Enabled": "true" }` (a headers object) */
  | { type: "intoObject"; object: TSESTree.ObjectExpression }
  /** `h` → `{ ...h, "X-…": "true" }` (a headers object bound elsewhere; `property` when it is `{ headers }` shorthand) */
  | { type: "spreadInto"; node: Node; property?: TSESTree.Property }
  /** `new Headers()` → `new Headers({ "X-…": "true" })` */
  | { type: "headersArgument"; node: TSESTree.NewExpression }
  /** `[["a", "b"]]` → `[["a", "b"], ["X-…", "true"]]` */
  | { type: "intoArray"; array: TSESTree.ArrayExpression }
  /** `{ method: "POST" }` → `{ method: "POST", headers: { "X-…": "true" } }` (the request's options object) */
  | { type: "headersProperty"; object: TSESTree.ObjectExpression }
  /** `init` → `{ ...init, headers: { "X-…": "true" } }` (options bound elsewhere, proven to have no headers) */
  | { type: "spreadOptions"; node: Node }
  /** `axios.delete(url)` → `axios.delete(url, { headers: { … } })`; `undefinedFirst` fills a skipped `data` argument. */
  | { type: "newOptions"; after: Node; undefinedFirst?: boolean }
  /** `superagent.post(url)` → `superagent.post(url).set("X-…", "true")` */
  | { type: "chainSet"; call: TSESTree.CallExpression };

/** The fix that adds the header with `value` ("true" / "false"). */
export function headerFix(sourceCode: SourceCode, edit: HeaderEdit, value: string) {
  const name = stringLiteral(sourceCode, HEADER_NAME);
  const val = stringLiteral(sourceCode, value);
  const entry = `${name}: ${val}`;
  return (fixer: Fixer): Fix[] => {
    switch (edit.type) {
      case "intoObject":
        return addProperty(fixer, sourceCode, edit.object, entry);
      case "spreadInto": {
        const text = sourceCode.getText(edit.node);
        if (edit.property?.shorthand) return [fixer.replaceText(edit.property, `${text}: { ...${text}, ${entry} }`)];
        return [fixer.replaceText(edit.node, `{ ...${text}, ${entry} }`)];
      }
      case "headersArgument": {
        const close = sourceCode.getLastToken(edit.node)!;
        return [fixer.insertTextBefore(close, `{ ${entry} }`)];
      }
      case "intoArray":
        return addElement(fixer, sourceCode, edit.array, `[${name}, ${val}]`);
      case "headersProperty":
        return addProperty(fixer, sourceCode, edit.object, `headers: { ${entry} }`);
      case "spreadOptions": {
        const text = sourceCode.getText(edit.node);
        const simple = edit.node.type === AST_NODE_TYPES.Identifier || edit.node.type === AST_NODE_TYPES.MemberExpression;
        return [fixer.replaceText(edit.node, `{ ...${simple ? text : `(${text})`}, headers: { ${entry} } }`)];
      }
      case "newOptions":
        return [fixer.insertTextAfter(edit.after, `${edit.undefinedFirst ? ", undefined" : ""}, { headers: { ${entry} } }`)];
      case "chainSet":
        return [fixer.insertTextAfter(edit.call, `.set(${name}, ${val})`)];
    }
  };
}

/** `text` as a new last element of an array literal, in its layout (one line, or one element per line). */
export function addElement(fixer: Fixer, sourceCode: SourceCode, array: TSESTree.ArrayExpression, text: string): Fix[] {
  const last = array.elements[array.elements.length - 1];
  const closing = sourceCode.getLastToken(array)!;
  if (!last) {
    const opening = sourceCode.getFirstToken(array)!;
    if (sourceCode.text.slice(opening.range[1], closing.range[0]).trim() !== "") return [];
    return [fixer.replaceTextRange([opening.range[0], closing.range[1]], `[${text}]`)];
  }
  const after = sourceCode.getTokenAfter(last)!;
  const trailingComma = after.value === "," && after !== closing ? after : undefined;
  if (last.loc.end.line === closing.loc.start.line) {
    return trailingComma ? [fixer.insertTextAfter(trailingComma, ` ${text},`)] : [fixer.insertTextAfter(last, `, ${text}`)];
  }
  const line = sourceCode.lines[last.loc.start.line - 1] ?? "";
  const indent = /^\s*/.exec(line)![0];
  if (trailingComma) return [fixer.insertTextAfter(trailingComma, `\n${indent}${text},`)];
  return [fixer.insertTextAfter(last, `,\n${indent}${text}`)];
}
