import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** This package's name and version, from the nearest package.json above this file (source or built). */
export function packageInfo(): { name: string; version: string } {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string; version: string };
      if (pkg.name === "eslint-plugin-twilio-webhooks") return { name: pkg.name, version: pkg.version };
    } catch {
      // no package.json here: keep walking up
    }
    if (dirname(dir) === dir) return { name: "eslint-plugin-twilio-webhooks", version: "0.0.0" };
  }
}
