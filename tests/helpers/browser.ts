/**
 * Shared plumbing for tests/browser/: the system Chromium driven by playwright-core (never a downloaded
 * browser). The built site is served by tests/helpers/served-site.ts.
 *
 *   test("home page", { skip: browserSkip() }, async () => { const browser = await launchChromium(); … });
 */
import { existsSync } from "node:fs";

import { type Browser, chromium } from "playwright-core";

/** Set by scripts/test.ts; defaults to Debian's package path. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * A skip reason when Chromium is missing, else false. Under CI=true it is always false: the test runs
 * and fails at launch, because CI must not pass without its browser tests.
 */
export function browserSkip(): string | false {
  if (existsSync(chromiumPath) || process.env.CI === "true" || process.env.CI === "1") return false;
  return `Chromium not found at ${chromiumPath} (apt-get install -y chromium fonts-wqy-microhei, or set CHROMIUM_PATH)`;
}

/** Launches the system Chromium headless, with nothing that reaches the network on its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
