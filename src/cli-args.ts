/** Command-line arguments of `twilio-webhooks-lint`, parsed without a dependency. */

export type Format = "stylish" | "json" | "sarif";
export const FORMATS: readonly Format[] = ["stylish", "json", "sarif"];

export interface RunArgs {
  kind: "run";
  /** Files or folders to audit; `["."]` when none is given. */
  paths: string[];
  fix: boolean;
  format: Format;
  /** Exit 0 even when there are findings (for demos such as `npm start`). */
  exitZero: boolean;
  /** Typed linting: TypeScript's project service over the audited folder, untyped where no tsconfig covers a file. */
  typed: boolean;
}

export type CliArgs = RunArgs | { kind: "help" } | { kind: "version" } | { kind: "usageError"; message: string };

export const USAGE = `Usage: twilio-webhooks-lint [paths…] [options]

Audits JavaScript and TypeScript files for twilio Conversations/Chat writes sent without
the X-Twilio-Webhook-Enabled header. No configuration needed; paths default to ".".
Skips node_modules, build output (dist, build, coverage, .next, out, …) and files ignored
by .gitignore / .eslintignore.

Options:
  --fix                    Apply fixes: rename misspelled keys and add xTwilioWebhookEnabled: "true"
  --typed                  Use type information (the folder's tsconfig.json) to find calls only types
                           reveal; files no tsconfig covers are linted without it
  --format stylish|json|sarif
                           Output format (default: stylish); sarif is SARIF 2.1.0 for GitHub code
                           scanning and other SARIF viewers
  --exit-zero              Exit 0 even when there are findings
  -h, --help               Show this help
  -v, --version            Show the version

Exit codes: 0 no findings, 1 findings, 2 usage error or crash.`;

/** Parses `argv` (without the node and script entries). Never throws: bad input gives a `usageError`. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const run: RunArgs = { kind: "run", paths: [], fix: false, format: "stylish", exitZero: false, typed: false };
  let help = false;
  let version = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      run.paths.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      run.paths.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    switch (flag) {
      case "--fix":
      case "--typed":
      case "--exit-zero":
      case "--help":
      case "-h":
      case "--version":
      case "-v":
        if (inline !== undefined) return usageError(`${flag} takes no value`);
        if (flag === "--fix") run.fix = true;
        else if (flag === "--typed") run.typed = true;
        else if (flag === "--exit-zero") run.exitZero = true;
        else if (flag === "--help" || flag === "-h") help = true;
        else version = true;
        break;
      case "--format":
      case "-f": {
        const value = inline ?? argv[++i];
        if (value === undefined || value === "") return usageError(`${flag} needs a value: ${FORMATS.join(" or ")}`);
        if (!(FORMATS as readonly string[]).includes(value)) {
          return usageError(`unknown format "${value}": use ${FORMATS.join(" or ")}`);
        }
        run.format = value as Format;
        break;
      }
      default:
        return usageError(`unknown option "${flag}"`);
    }
  }
  if (help) return { kind: "help" };
  if (version) return { kind: "version" };
  if (run.paths.length === 0) run.paths.push(".");
  return run;
}

function usageError(message: string): CliArgs {
  return { kind: "usageError", message };
}
