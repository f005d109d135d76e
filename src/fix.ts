/**
 * Fix builders: each edit keeps the code's shape (one-line or multi-line layout, indentation, trailing commas,
 * comments) and the file's quote style.
 */
import { AST_NODE_TYPES, AST_TOKEN_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

import type { Insertion } from "./options";
import { OPTION_NAME } from "./spelling";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

const quoteCache = new WeakMap<object, string>();

/** The quote most string literals of the file use (double when there are none or as many of each). */
export function quoteOf(sourceCode: SourceCode): string {
  const cached = quoteCache.get(sourceCode.ast);
  if (cached) return cached;
  let single = 0;
  let double = 0;
  for (const t of sourceCode.ast.tokens) {
    if (t.type !== AST_TOKEN_TYPES.String) continue;
    if (t.value.startsWith("'")) single++;
    else if (t.value.startsWith('"')) double++;
  }
  const q = single > double ? "'" : '"';
  quoteCache.set(sourceCode.ast, q);
  return q;
}

export function stringLiteral(sourceCode: SourceCode, value: string): string {
  const q = quoteOf(sourceCode);
  return `${q}${value.replaceAll("\\", "\\\\").replaceAll(q, `\\${q}`)}${q}`;
}

/** `text` as a new property of an object literal, after its last property, in the object's layout. */
export function addProperty(fixer: Fixer, sourceCode: SourceCode, object: TSESTree.ObjectExpression, text: string): Fix[] {
  const last = object.properties[object.properties.length - 1];
  const closing = sourceCode.getLastToken(object)!;
  if (!last) {
    // `{}` or `{ /* comment */ }`: keep what is inside, put the property first.
    const opening = sourceCode.getFirstToken(object)!;
    const inner = sourceCode.text.slice(opening.range[1], closing.range[0]);
    if (inner.trim() === "") return [fixer.replaceTextRange([opening.range[0], closing.range[1]], `{ ${text} }`)];
    return [fixer.insertTextAfter(opening, ` ${text},`)];
  }
  const after = sourceCode.getTokenAfter(last)!;
  const trailingComma = after.value === "," && after !== closing ? after : undefined;
  const anchor = trailingComma ?? last;
  const multiline = last.loc.end.line !== closing.loc.start.line;
  if (!multiline) {
    if (trailingComma) return [fixer.insertTextAfter(trailingComma, ` ${text},`)];
    return [fixer.insertTextAfter(last, `, ${text}`)];
  }
  // Multi-line: a new line at the last property's indentation, after any comment that ends its line.
  const lineComments = sourceCode
    .getCommentsAfter(anchor)
    .filter((c) => c.loc.start.line === anchor.loc.end.line);
  const insertAt = lineComments.length ? lineComments[lineComments.length - 1].range[1] : anchor.range[1];
  const indent = indentationOf(sourceCode, last);
  const fixes: Fix[] = [];
  if (!trailingComma) fixes.push(fixer.insertTextAfter(last, ","));
  fixes.push(fixer.insertTextAfterRange([insertAt, insertAt], `\n${indent}${text}${trailingComma ? "," : ""}`));
  return fixes;
}

/** Leading whitespace of the line a node starts on, when the node starts the line; else one level deeper. */
function indentationOf(sourceCode: SourceCode, node: TSESTree.Node): string {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? "";
  const lead = /^\s*/.exec(line)![0];
  if (lead.length === node.loc.start.column) return lead;
  return `${lead}  `;
}

const TYPESCRIPT_FILE = /\.(?:[cm]?ts|tsx)$/i;

export function isTypeScriptFile(filename: string): boolean {
  return TYPESCRIPT_FILE.test(filename);
}

/**
 * The option's value as code: `"true"`, or in a TypeScript file `"true" as const` where the object literal that
 * receives it takes no type from the call (a variable without a type annotation, a `satisfies` check, a spread):
 * there TypeScript widens the literal to `string`, which twilio's `"true" | "false"` option type rejects.
 */
export function optionValue(
  sourceCode: SourceCode,
  filename: string,
  value: string,
  object: TSESTree.ObjectExpression | undefined,
): string {
  const literal = stringLiteral(sourceCode, value);
  return object && TYPESCRIPT_FILE.test(filename) && !isTypedByContext(object) ? `${literal} as const` : literal;
}

/** Does TypeScript type the object literal from where it stands (a call argument, an annotated variable, `as T`)? */
function isTypedByContext(object: TSESTree.ObjectExpression): boolean {
  let node: TSESTree.Node = object;
  for (let parent = node.parent; parent; node = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
        return parent.arguments.includes(node);
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        return true;
      case AST_NODE_TYPES.VariableDeclarator:
        return parent.init === node && parent.id.typeAnnotation !== undefined;
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.LogicalExpression:
        continue;
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test === node) return false;
        continue;
      default:
        return false;
    }
  }
  return false;
}

/**
 * The edit that puts `xTwilioWebhookEnabled: "<value>"` where the insertion says, in the file's quote style (and
 * `as const` where TypeScript would widen the literal: see `optionValue`).
 */
export function insertOption(fixer: Fixer, sourceCode: SourceCode, filename: string, at: Insertion, value: string): Fix[] {
  const literal = stringLiteral(sourceCode, value);
  const property = `${OPTION_NAME}: ${literal}`;
  switch (at.type) {
    case "value": {
      const object = at.node.parent?.parent;
      return [fixer.replaceText(at.node, optionValue(sourceCode, filename, value, object?.type === AST_NODE_TYPES.ObjectExpression ? object : undefined))];
    }
    case "firstArgument": {
      const callee = at.call.callee;
      const open = sourceCode.getTokenAfter(callee, (t) => t.value === "(")!;
      return [fixer.insertTextAfter(open, `{ ${property} }`)];
    }
    case "beforeCallback":
      return [fixer.insertTextBefore(at.callback, `{ ${property} }, `)];
    case "replace":
      return [fixer.replaceText(at.node, `{ ${property} }`)];
    case "intoObject":
      return addProperty(fixer, sourceCode, at.object, `${OPTION_NAME}: ${optionValue(sourceCode, filename, value, at.object)}`);
    case "spread": {
      const simple = at.node.type === AST_NODE_TYPES.Identifier || at.node.type === AST_NODE_TYPES.MemberExpression;
      const text = sourceCode.getText(at.node);
      return [fixer.replaceText(at.node, `{ ...${simple ? text : `(${text})`}, ${property} }`)];
    }
  }
}

/** Renames an object property's key, keeping its value (`{ a }` shorthand becomes `{ name: a }`). */
export function renameKey(fixer: Fixer, sourceCode: SourceCode, property: TSESTree.Property, name: string): Fix[] {
  if (property.shorthand) return [fixer.insertTextBefore(property.value, `${name}: `)];
  const keyStart = property.computed ? sourceCode.getTokenBefore(property.key)! : property.key;
  const keyEnd = property.computed ? sourceCode.getTokenAfter(property.key)! : property.key;
  return [fixer.replaceTextRange([keyStart.range[0], keyEnd.range[1]], name)];
}

/** Removes a property and the comma that separates it from its neighbour (its whole line when it has one). */
export function removeProperty(fixer: Fixer, sourceCode: SourceCode, property: TSESTree.Node): Fix {
  const after = sourceCode.getTokenAfter(property);
  if (after?.value === ",") {
    const text = sourceCode.text;
    const lineStart = text.lastIndexOf("\n", property.range[0] - 1) + 1;
    const lineEnd = text.indexOf("\n", after.range[1]);
    const ownLine =
      lineEnd !== -1 &&
      text.slice(lineStart, property.range[0]).trim() === "" &&
      text.slice(after.range[1], lineEnd).trim() === "";
    return fixer.removeRange(ownLine ? [lineStart, lineEnd + 1] : [property.range[0], after.range[1]]);
  }
  const before = sourceCode.getTokenBefore(property);
  if (before?.value === ",") return fixer.removeRange([before.range[0], property.range[1]]);
  return fixer.remove(property);
}
