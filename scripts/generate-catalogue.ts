/**
 * Generates src/catalogue.generated.ts from the installed `twilio` package.
 *
 * The TypeScript checker walks the helper library's own declarations: domain class -> version getters -> list
 * getters -> list call signature (context) -> child list getters, and records every create/update/remove whose options
 * type declares `xTwilioWebhookEnabled`. The REST path and HTTP method of each operation are read from the generated
 * `.js` next to the declaration (`_uri` template and the `method:` of the request).
 *
 * Usage: node dist/scripts/generate-catalogue.js [--check]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

import type { Catalogue, CatalogueOperation, OperationBase } from "../src/catalogue-types";
import { packageRoot } from "../src/package-info";

export const DOMAINS = [
  { domain: "conversations", className: "Conversations" },
  { domain: "chat", className: "Chat" },
  { domain: "ipMessaging", className: "IpMessaging" },
] as const;

const OPTION = "xTwilioWebhookEnabled";
const BASES: readonly OperationBase[] = ["create", "update", "remove"];

export function findTwilioDir(from: string = process.cwd()): string {
  const req = createRequire(join(from, "package.json"));
  return dirname(req.resolve("twilio/package.json"));
}

interface Found {
  domain: string;
  version: string;
  path: string[];
  base: OperationBase;
  methods: string[];
  receivers: ("list" | "context" | "instance")[];
  optionsType: string;
  resource: string;
  declFile: string;
}

export function generateCatalogue(twilioDir: string = findTwilioDir()): Catalogue {
  const rest = join(twilioDir, "lib", "rest");
  const roots = DOMAINS.map((d) => join(rest, `${d.className}.d.ts`));
  const program = ts.createProgram(roots, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const found = new Map<string, Found>();
  const shorthands: Record<string, Record<string, string>> = {};
  const arity = new Map<string, number>();

  const declFileOf = (type: ts.Type): string | undefined => {
    const decl = (type.aliasSymbol ?? type.getSymbol())?.declarations?.[0];
    return decl?.getSourceFile().fileName;
  };
  const optionsTypeOf = (sig: ts.Signature): ts.Type | undefined => {
    const p = sig.getParameters()[0];
    if (!p) return undefined;
    const t = checker.getNonNullableType(checker.getTypeOfSymbol(p));
    const parts = t.isUnion() ? t.types : [t];
    return parts.find((x) => x.getProperty(OPTION) !== undefined);
  };
  // A list resource: twilio's `…ListInstance` interfaces carry `_version`, `_solution` and `_uri` (contexts hide theirs).
  const isList = (t: ts.Type): boolean =>
    ["_version", "_solution", "_uri"].every((p) => t.getProperty(p) !== undefined);

  /** Records the webhook-enabled methods a receiver type declares. */
  const collect = (t: ts.Type, receiver: "list" | "context" | "instance", domain: string, version: string, path: string[]) => {
    for (const base of BASES) {
      const prop = t.getProperty(base);
      if (!prop) continue;
      const sigs = checker.getTypeOfSymbol(prop).getCallSignatures();
      const opts = sigs.map(optionsTypeOf).find(Boolean);
      if (!opts) continue;
      const optionsType = checker.typeToString(opts);
      const key = `${domain}/${version}/${path.join("/")}#${base}`;
      const methods = [base, `${base}WithHttpInfo`].filter((m) => {
        const p = t.getProperty(m);
        return p && checker.getTypeOfSymbol(p).getCallSignatures().some((s) => optionsTypeOf(s));
      });
      const entry = found.get(key);
      if (entry) {
        if (!entry.receivers.includes(receiver)) entry.receivers.push(receiver);
        continue;
      }
      const listName = checker.typeToString(t).replace(/(ListInstance|Context|Instance)$/, "");
      found.set(key, {
        domain,
        version,
        path: [...path],
        base,
        methods,
        receivers: [receiver],
        optionsType,
        resource: listName,
        declFile: declFileOf(opts) ?? "",
      });
    }
  };

  const walkList = (list: ts.Type, domain: string, version: string, path: string[], seen: Set<ts.Type>) => {
    if (seen.has(list)) return;
    seen.add(list);
    collect(list, "list", domain, version, path);
    const call = list.getCallSignatures()[0];
    arity.set(`${domain}/${version}/${path.join("/")}`, call?.getParameters().length ?? 0);
    const ctx = call?.getReturnType();
    if (!ctx) return;
    collect(ctx, "context", domain, version, path);
    // The instance type: what the context's fetch (or, lacking one, update) resolves to.
    const fetch = ctx.getProperty("fetch") ?? ctx.getProperty("update");
    const fetched = fetch && checker.getTypeOfSymbol(fetch).getCallSignatures()[0]?.getReturnType();
    const instance = fetched && checker.getAwaitedType(fetched);
    if (instance) collect(instance, "instance", domain, version, path);
    for (const child of ctx.getProperties()) {
      const ct = checker.getTypeOfSymbol(child);
      if (isList(ct)) walkList(ct, domain, version, [...path, child.getName()], seen);
    }
  };

  for (const { domain, className } of DOMAINS) {
    const sf = program.getSourceFile(join(rest, `${className}.d.ts`));
    if (!sf) throw new Error(`twilio declarations not found: ${className}.d.ts under ${rest}`);
    const cls = sf.statements.find(ts.isClassDeclaration);
    if (!cls?.name) throw new Error(`no class in ${className}.d.ts`);
    const domainType = checker.getTypeAtLocation(cls.name);
    const versionLists = new Map<ts.Type, string>();
    for (const prop of domainType.getProperties()) {
      const name = prop.getName();
      if (!/^v\d+$/.test(name)) continue;
      const vt = checker.getTypeOfSymbol(prop);
      for (const l of vt.getProperties()) {
        const lt = checker.getTypeOfSymbol(l);
        if (!isList(lt)) continue;
        versionLists.set(lt, name);
        walkList(lt, domain, name, [l.getName()], new Set());
      }
    }
    // Shorthands: list getters declared on the domain class itself, each the same type as one version's list.
    const own: Record<string, string> = {};
    for (const prop of domainType.getProperties()) {
      const t = checker.getTypeOfSymbol(prop);
      const v = isList(t) ? versionLists.get(t) : undefined;
      if (v) own[prop.getName()] = v;
    }
    shorthands[domain] = own;
  }

  const operations: CatalogueOperation[] = [...found.values()]
    .map((f) => ({
      id: `${f.domain}.${f.version}.${f.path.join(".")}.${f.base}`,
      domain: f.domain,
      version: f.version,
      path: f.path,
      resource: f.resource,
      method: f.base,
      methods: f.methods,
      receivers: f.receivers.sort(),
      optionsType: f.optionsType,
      declaration: relative(twilioDir, f.declFile).split("\\").join("/"),
      http: restOf(f),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const { version } = JSON.parse(readFileSync(join(twilioDir, "package.json"), "utf8")) as { version: string };
  // The call arity of every list on the way to an operation (`list(sid)`, Chat v3 `channels(serviceSid, sid)`).
  const lists: Record<string, number> = {};
  for (const o of operations) {
    for (let i = 1; i <= o.path.length; i++) {
      const key = `${o.domain}/${o.version}/${o.path.slice(0, i).join("/")}`;
      lists[key] = arity.get(key) ?? 0;
    }
  }
  const sortedLists = Object.fromEntries(Object.entries(lists).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { twilioVersion: version, shorthands, lists: sortedLists, operations };
}

/** The REST path and HTTP method of an operation, from the generated JavaScript beside its declaration. */
function restOf(f: Found): { method: string; path: string } {
  const jsFile = f.declFile.replace(/\.d\.ts$/, ".js");
  const sf = ts.createSourceFile(jsFile, readFileSync(jsFile, "utf8"), ts.ScriptTarget.ES2022, true);
  const onList = f.base === "create";
  let uri: string | undefined;
  let method: string | undefined;
  const uriOf = (n: ts.Node): string | undefined => {
    let out: string | undefined;
    const visit = (m: ts.Node) => {
      if (out) return;
      if (
        ts.isBinaryExpression(m) &&
        m.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isPropertyAccessExpression(m.left) &&
        m.left.name.text === "_uri"
      ) {
        out = templateToPath(m.right);
        return;
      }
      ts.forEachChild(m, visit);
    };
    visit(n);
    return out;
  };
  const methodOf = (body: ts.Node): string | undefined => {
    let out: string | undefined;
    const visit = (m: ts.Node) => {
      if (out) return;
      if (ts.isPropertyAssignment(m) && m.name.getText(sf) === "method" && ts.isStringLiteral(m.initializer)) {
        out = m.initializer.text.toUpperCase();
        return;
      }
      ts.forEachChild(m, visit);
    };
    visit(body);
    return out;
  };
  for (const st of sf.statements) {
    if (onList && ts.isFunctionDeclaration(st) && st.name?.text.endsWith("ListInstance")) {
      uri = uriOf(st);
      ts.forEachChild(st, function visit(m): void {
        if (
          !method &&
          ts.isBinaryExpression(m) &&
          ts.isPropertyAccessExpression(m.left) &&
          m.left.name.text === f.base
        ) {
          method = methodOf(m.right);
        }
        ts.forEachChild(m, visit);
      });
    }
    if (!onList && ts.isClassDeclaration(st) && st.name?.text.endsWith("ContextImpl")) {
      uri = uriOf(st);
      const m = st.members.find((x) => ts.isMethodDeclaration(x) && x.name.getText(sf) === f.base);
      if (m) method = methodOf(m);
    }
  }
  if (!uri || !method) throw new Error(`cannot read REST path/method of ${f.base} from ${jsFile}`);
  return { method, path: uri };
}

function templateToPath(e: ts.Expression): string | undefined {
  const param = (s: string) => `{${s.charAt(0).toUpperCase()}${s.slice(1)}}`;
  if (ts.isNoSubstitutionTemplateLiteral(e) || ts.isStringLiteral(e)) return e.text;
  if (!ts.isTemplateExpression(e)) return undefined;
  let out = e.head.text;
  for (const span of e.templateSpans) out += param(span.expression.getText()) + span.literal.text;
  return out;
}

export function renderCatalogue(c: Catalogue): string {
  return [
    "// Generated by `npm run catalogue` from the installed twilio package's declarations. Do not edit.",
    'import type { Catalogue } from "./catalogue-types";',
    "",
    `export const catalogue: Catalogue = ${JSON.stringify(c, null, 2)};`,
    "",
  ].join("\n");
}

export const CATALOGUE_FILE = resolve(packageRoot() ?? process.cwd(), "src", "catalogue.generated.ts");

if (typeof module !== "undefined" && require.main === module) {
  const out = renderCatalogue(generateCatalogue());
  if (process.argv.includes("--check")) {
    const same = readFileSync(CATALOGUE_FILE, "utf8") === out;
    console.log(same ? "catalogue is up to date" : "catalogue differs from the installed twilio: run npm run catalogue");
    process.exit(same ? 0 : 1);
  }
  writeFileSync(CATALOGUE_FILE, out);
  const n = (JSON.parse(out.slice(out.indexOf("=") + 1, out.lastIndexOf(";"))) as { operations: unknown[] }).operations.length;
  console.log(`wrote ${relative(process.cwd(), CATALOGUE_FILE)}: ${n} operations`);
}
