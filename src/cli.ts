#!/usr/bin/env node
/** `twilio-webhooks-lint [paths…] [--fix] [--format stylish|json|sarif]`: audits a folder with zero configuration. */
import { parseArgs, USAGE } from "./cli-args";
import { FormatterUnavailableError, sarifFormatter } from "./cli-format";
import { lintPaths, MissingPathError } from "./cli-lint";
import { packageInfo } from "./package-info";

const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

/** The CLI reads `.eslintignore` itself: ESLint's deprecation warning about that file is meant for config authors. */
function silenceEslintIgnoreWarning(): void {
  const emit = process.emitWarning.bind(process) as (...args: unknown[]) => void;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const type = typeof rest[0] === "string" ? rest[0] : (rest[0] as { type?: unknown } | undefined)?.type;
    if (type !== "ESLintIgnoreWarning") emit(warning, ...rest);
  });
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  switch (args.kind) {
    case "help":
      process.stdout.write(`${USAGE}\n`);
      return EXIT.clean;
    case "version":
      process.stdout.write(`${packageInfo().version}\n`);
      return EXIT.clean;
    case "usageError":
      process.stderr.write(`twilio-webhooks-lint: ${args.message}\nRun "twilio-webhooks-lint --help" for usage.\n`);
      return EXIT.usage;
  }
  silenceEslintIgnoreWarning();
  const warn = (line: string) => process.stderr.write(`twilio-webhooks-lint: warning: ${line}\n`);
  let outcome;
  try {
    // Before any file is linted (or fixed): the optional formatter must be there when it is asked for.
    if (args.format === "sarif") sarifFormatter();
    outcome = await lintPaths(args.paths, { fix: args.fix, typed: args.typed, warn });
  } catch (error) {
    if (!(error instanceof MissingPathError) && !(error instanceof FormatterUnavailableError)) throw error;
    process.stderr.write(`twilio-webhooks-lint: ${error.message}\n`);
    return EXIT.usage;
  }
  const output = await outcome.format(args.format, outcome.results);
  if (output) process.stdout.write(output.endsWith("\n") ? output : `${output}\n`);
  process.stderr.write(
    `twilio-webhooks-lint: ${outcome.results.length} files linted, ${outcome.findings} findings, ` +
      `${outcome.parseErrors} files not parsed\n`,
  );
  return outcome.findings > 0 && !args.exitZero ? EXIT.findings : EXIT.clean;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`twilio-webhooks-lint: crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT.usage;
  },
);
