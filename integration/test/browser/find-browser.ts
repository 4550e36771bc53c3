/**
 * Finds the Chromium the browser suites drive, once per run (vitest global setup): `$CHROMIUM_PATH`,
 * then `/usr/bin/chromium`, then `chromium` or `google-chrome` on `PATH`. Without one the suites are
 * skipped and this prints one line that says how to run them; with `CI` set (not "0"/"false") or
 * `REQUIRE_BROWSER=1` — or `CHROMIUM_PATH` naming a missing file — they fail instead.
 */
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";
import type { TestProject } from "vitest/node";

type Env = Readonly<Record<string, string | undefined>>;

const HOW_TO_RUN = "install Chromium (`apt-get install -y chromium`) or point CHROMIUM_PATH at a Chromium/Chrome binary";

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The browser to launch, or null when there is none. */
export function findBrowser(env: Env): string | null {
  if (env.CHROMIUM_PATH) return executable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  if (executable("/usr/bin/chromium")) return "/usr/bin/chromium";
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    for (const name of ["chromium", "google-chrome"]) {
      if (dir !== "" && executable(join(dir, name))) return join(dir, name);
    }
  }
  return null;
}

/** Whether a missing browser fails the run: under CI, with REQUIRE_BROWSER=1, or an explicit CHROMIUM_PATH. */
export function browserRequired(env: Env): boolean {
  const ci = env.CI ?? "";
  return (ci !== "" && ci !== "0" && ci.toLowerCase() !== "false") || env.REQUIRE_BROWSER === "1" || Boolean(env.CHROMIUM_PATH);
}

/** The error a required-but-missing browser fails the suites with; undefined when found or optional. */
export function missingBrowserMessage(found: string | null, env: Env): string | undefined {
  if (found !== null || !browserRequired(env)) return undefined;
  const where = env.CHROMIUM_PATH ? `CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable` : "no Chromium found";
  return `Browser suites need Chromium (CI or REQUIRE_BROWSER=1 is set): ${where}; ${HOW_TO_RUN}.`;
}

/** The one line printed when the browser suites are skipped. */
export const SKIP_LINE = `Browser suites skipped: no Chromium found (CHROMIUM_PATH, /usr/bin/chromium, chromium or google-chrome on PATH). To run them, ${HOW_TO_RUN}.`;

/** Set once the skip line is out: the integration and storefront projects both run this setup. */
const SKIP_LINE_PRINTED = Symbol.for("kibo-inventory-kit.browser-skip-line-printed");

export default function setup(project: TestProject): void {
  const found = findBrowser(process.env);
  project.provide("chromiumPath", found);
  if (found !== null || browserRequired(process.env)) return;
  const seen = globalThis as { [SKIP_LINE_PRINTED]?: true };
  if (seen[SKIP_LINE_PRINTED]) return;
  seen[SKIP_LINE_PRINTED] = true;
  process.stdout.write(`\n${SKIP_LINE}\n\n`);
}
