/**
 * The URL a request goes to, as text with HOLEs: a string expression, `new URL(path, base)` (and its `.href` /
 * `.toString()`), an identifier bound to either, and axios' `baseURL` + relative path joining.
 */
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";

import { memberName, unwrap } from "../ast";
import { isGlobal } from "../scope";
import { constInit } from "./bindings";
import { HOLE } from "./hole";
import { partialText } from "./text";

type Node = TSESTree.Node;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** The URL `node` evaluates to, or undefined when it cannot be resolved. */
export function resolveUrl(sourceCode: SourceCode, node: Node, depth = 0): string | undefined {
  if (depth > 8) return undefined;
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.NewExpression) return newUrl(sourceCode, n, depth);
  if (n.type === AST_NODE_TYPES.MemberExpression && memberName(n) === "href") return urlObject(sourceCode, n.object, depth);
  if (n.type === AST_NODE_TYPES.CallExpression && n.arguments.length === 0) {
    const callee = unwrap(n.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === "toString") {
      return urlObject(sourceCode, callee.object, depth);
    }
  }
  if (n.type === AST_NODE_TYPES.Identifier) {
    const init = constInit(sourceCode, n);
    if (init?.type === AST_NODE_TYPES.NewExpression) return newUrl(sourceCode, init, depth + 1);
  }
  return partialText(sourceCode, n);
}

/** A `URL` object: `new URL(…)` inline or through a binding. */
function urlObject(sourceCode: SourceCode, node: Node, depth: number): string | undefined {
  let n = unwrap(node);
  if (n.type === AST_NODE_TYPES.Identifier) n = constInit(sourceCode, n) ?? n;
  return n.type === AST_NODE_TYPES.NewExpression ? newUrl(sourceCode, n, depth + 1) : undefined;
}

/** `new URL(url)` / `new URL(path, base)` with the global `URL` (or node:url's). */
function newUrl(sourceCode: SourceCode, node: TSESTree.NewExpression, depth: number): string | undefined {
  const callee = unwrap(node.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== "URL" || !isGlobal(sourceCode, callee)) return undefined;
  const [input, base] = node.arguments;
  if (!input || input.type === AST_NODE_TYPES.SpreadElement || base?.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const path = partialText(sourceCode, input);
  if (path === undefined) return undefined;
  if (/^[a-z][a-z\d+.-]*:/i.test(path) || !base) return path;
  const baseText = resolveUrl(sourceCode, base, depth + 1);
  return baseText === undefined ? undefined : joinUrl(baseText, path);
}

/** WHATWG URL resolution of a relative reference against a base, for the shapes code uses. */
export function joinUrl(base: string, path: string): string | undefined {
  const origin = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i.exec(base)?.[0];
  if (!origin || path.startsWith(HOLE)) return undefined;
  if (path.startsWith("//")) return `${origin.slice(0, origin.indexOf(":") + 1)}${path}`;
  if (path.startsWith("/")) return dotFree(origin + path);
  const basePath = base.slice(origin.length).replace(/[?#].*$/s, "");
  if (path === "" || path.startsWith("?") || path.startsWith("#")) return undefined;
  const dir = basePath.slice(0, basePath.lastIndexOf("/") + 1) || "/";
  return dotFree(origin + dir + path.replace(/^(\.\/)+/, ""));
}

/** Dot segments left in a path are resolved by URL; rather than follow them, give up. */
function dotFree(url: string): string | undefined {
  const path = url.replace(/[?#].*$/s, "");
  return /\/\.\.?(\/|$)/.test(path.replace(/^[a-z][a-z\d+.-]*:\/\//i, "/")) ? undefined : url;
}

/** axios' buildFullPath: an absolute URL as it is, else `baseURL` without trailing slashes + "/" + the path. */
export function axiosFullPath(baseURL: string | undefined, url: string | undefined): string | undefined {
  if (url !== undefined && /^([a-z][a-z\d+\-.]*:)?\/\//i.test(url)) return url;
  if (baseURL === undefined) return undefined;
  if (!url) return baseURL;
  if (url.startsWith(HOLE)) return undefined;
  return `${baseURL.replace(/\/+$/, "")}/${url.replace(/^\/+/, "")}`;
}
