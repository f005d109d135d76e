/**
 * Type-aware resolution, used only when the file is linted with a TypeScript program (typed linting) and only for
 * candidate calls the syntactic resolution could not place.
 *
 * A call `x.m(opts)` is a helper-library write when the method symbol is declared inside the `twilio` package under
 * `lib/rest/<conversations|chat|ipMessaging>/…` and one of its call signatures takes an options parameter whose type
 * declares `xTwilioWebhookEnabled`. That also finds operations a newer twilio adds before the catalogue lists them.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, sep } from "node:path";

import { AST_NODE_TYPES, type ParserServicesWithTypeInformation, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type * as ts from "typescript";

import { baseOf, catalogue, type CatalogueOperation, DOMAIN_NAMES } from "./catalogue";
import { OPTION_NAME } from "./spelling";

export interface TypedServices {
  ts: typeof ts;
  checker: ts.TypeChecker;
  map: ParserServicesWithTypeInformation["esTreeNodeToTSNodeMap"];
}

/** The checker, when the file was parsed with a program; otherwise undefined (untyped linting, JS without project). */
export function typedServices(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): TypedServices | undefined {
  const services = context.sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
  const program = services?.program;
  if (!program || !services.esTreeNodeToTSNodeMap) return undefined;
  return { ts: typescript(), checker: program.getTypeChecker(), map: services.esTreeNodeToTSNodeMap };
}

let tsModule: typeof ts | undefined;
/** The `typescript` module typescript-eslint parses with (its flags differ between TypeScript versions). */
function typescript(): typeof ts {
  if (!tsModule) {
    const estree = require.resolve("@typescript-eslint/typescript-estree");
    tsModule = createRequire(estree)("typescript") as typeof ts;
  }
  return tsModule;
}

const REST = /[\\/]lib[\\/]rest[\\/]([A-Za-z]+)[\\/](v\d+)[\\/](.+)\.d\.ts$/;
const twilioPackageDirs = new Map<string, boolean>();

/** Is this declaration file part of a package named `twilio` (also under an npm alias such as `twilio5`)? */
function isTwilioDeclaration(fileName: string): RegExpExecArray | null {
  const m = REST.exec(fileName);
  if (!m || !DOMAIN_NAMES.has(m[1])) return null;
  const pkgDir = fileName.slice(0, m.index);
  let ok = twilioPackageDirs.get(pkgDir);
  if (ok === undefined) {
    try {
      ok = (JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as { name?: string }).name === "twilio";
    } catch {
      ok = false;
    }
    twilioPackageDirs.set(pkgDir, ok);
  }
  return ok ? m : null;
}

const BY_DECLARATION = new Map<string, CatalogueOperation>(
  catalogue.operations.map((o) => [`${o.declaration.replace(/^lib\/rest\//, "").replace(/\.d\.ts$/, "")}#${o.method}`, o]),
);

/** Finds the operation of `member` (the callee of a candidate call) through the checker. */
export function typedOperation(services: TypedServices, member: TSESTree.MemberExpression, method: string): CatalogueOperation | undefined {
  const base = baseOf(method);
  if (!base) return undefined;
  const tsMember = services.map.get(member) as ts.Node | undefined;
  if (!tsMember) return undefined;
  const nameNode = (tsMember as ts.PropertyAccessExpression).name ?? (tsMember as ts.ElementAccessExpression).argumentExpression;
  const symbol = nameNode && services.checker.getSymbolAtLocation(nameNode);
  const decl = symbol?.declarations?.find((d) => isTwilioDeclaration(d.getSourceFile().fileName));
  if (!decl) return undefined;
  const where = isTwilioDeclaration(decl.getSourceFile().fileName)!;
  const type = services.checker.getTypeOfSymbolAtLocation(symbol!, nameNode);
  const optionsType = type
    .getCallSignatures()
    .map((s) => firstParameterWithOption(services.checker, s, nameNode))
    .find(Boolean);
  if (!optionsType) return undefined;
  const [, domain, version, rest] = where;
  const relPath = `${domain}/${version}/${rest.split(sep).join("/")}`;
  const known = BY_DECLARATION.get(`${relPath}#${base}`);
  if (known) return known;
  // An operation this catalogue does not list yet: describe it from the declarations themselves.
  const optionsName = optionsType.getSymbol()?.getName() ?? optionsType.aliasSymbol?.getName() ?? "";
  const resource = optionsName.replace(/(ListInstance|Context|Instance).*$/, "") || rest.split(/[\\/]/).pop()!;
  return {
    id: `${domain}.${version}.${relPath}.${base}`,
    domain: domain,
    version: version,
    path: [],
    resource: resource.charAt(0).toUpperCase() + resource.slice(1),
    method: base,
    methods: [method],
    receivers: [],
    optionsType: optionsName,
    declaration: `lib/rest/${relPath}.d.ts`,
    http: { method: base === "remove" ? "DELETE" : "POST", path: "" },
  };
}

function firstParameterWithOption(checker: ts.TypeChecker, sig: ts.Signature, at: ts.Node): ts.Type | undefined {
  const p = sig.getParameters()[0];
  if (!p) return undefined;
  const t = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(p, at));
  return (t.isUnion() ? t.types : [t]).find((x) => x.getProperty(OPTION_NAME) !== undefined);
}

export type TypedOptions = "missing" | "callback" | "present" | "unknown";

/**
 * An object literal the syntax could not settle: its own keys were read already, so what is left is its spreads and
 * computed keys. The option is proven absent only when every spread's type proves it absent (a `Record<string, …>`
 * or `any` spread can hold it) and no key is computed from a value.
 */
function typedObject(services: TypedServices, object: TSESTree.ObjectExpression): TypedOptions {
  for (const p of object.properties) {
    if (p.type === AST_NODE_TYPES.SpreadElement) {
      if (typedOptions(services, p.argument) !== "missing") return "unknown";
    } else if (p.computed && p.key.type !== AST_NODE_TYPES.Literal) {
      return "unknown";
    }
  }
  return "missing";
}

/**
 * What the type of an options argument says: `missing` when every part of its type is an object type without the
 * property (and without an index signature), `present` when every part declares it as required, `callback` for a
 * function; `unknown` for `any`, `unknown`, optional properties and anything else.
 */
export function typedOptions(services: TypedServices, arg: TSESTree.Node): TypedOptions {
  const node = arg.type === AST_NODE_TYPES.ChainExpression ? arg.expression : arg;
  if (node.type === AST_NODE_TYPES.ObjectExpression) return typedObject(services, node);
  const tsNode = services.map.get(node) as ts.Node | undefined;
  if (!tsNode) return "unknown";
  const { checker, ts: tsm } = services;
  const type = checker.getTypeAtLocation(tsNode);
  const parts = type.isUnion() ? type.types : [type];
  const verdicts = parts.map((t): TypedOptions => {
    const flags = t.getFlags();
    if (flags & (tsm.TypeFlags.Undefined | tsm.TypeFlags.Null | tsm.TypeFlags.Void)) return "missing";
    // any, unknown, never, type parameters, primitives, intersections with them: nothing can be said.
    if (!(flags & tsm.TypeFlags.Object)) return "unknown";
    if (t.getCallSignatures().length > 0 && t.getProperties().length === 0) return "callback";
    if (checker.getIndexInfosOfType(t).length > 0) return "unknown";
    const prop = t.getProperty(OPTION_NAME);
    if (!prop) return "missing";
    return prop.getFlags() & tsm.SymbolFlags.Optional ? "unknown" : "present";
  });
  const first = verdicts[0] ?? "unknown";
  if (verdicts.every((v) => v === first)) return first;
  if (verdicts.every((v) => v === "missing" || v === "callback")) return "missing";
  return "unknown";
}
