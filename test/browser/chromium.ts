// The one way tests and the benchmark start a browser: Debian's Chromium (apt-get install chromium, which
// scripts/test.sh does where it's missing) driven by playwright-core, offline, with nothing in the
// background that would reach the network.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const hasChromium = (): boolean => existsSync(CHROMIUM_PATH);

/**
 * True when browser tests may be skipped: Chromium is missing and this is not CI. In CI (`CI` set) a
 * browser test never skips, so a missing browser fails the run instead of passing it quietly.
 */
export const skipBrowserTests = (): boolean => !hasChromium() && !process.env.CI;

/** Launches headless Chromium; throws with the install hint when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!hasChromium()) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: run \`apt-get update && apt-get install -y chromium\``,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
