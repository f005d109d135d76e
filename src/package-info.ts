import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const NAME = "eslint-plugin-twilio-webhooks";

/** The directory of this package's package.json, found by walking up from this file (source or built). */
export function packageRoot(): string | undefined {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    try {
      if ((JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string }).name === NAME) return dir;
    } catch {
      // no package.json here: keep walking up
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** This package's name and version. */
export function packageInfo(): { name: string; version: string } {
  const root = packageRoot();
  if (!root) return { name: NAME, version: "0.0.0" };
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  return { name: NAME, version: pkg.version };
}
