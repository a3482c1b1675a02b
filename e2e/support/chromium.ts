// Finding and launching the Chromium the browser tests drive (Debian's, or CHROME_PATH).
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS } from './chromium-flags.mjs';

/** Where a system Chromium usually lives when CHROME_PATH is not set. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
];

/** The flags every run uses: headless, no sandbox (containers), and no traffic of Chromium's own. */
export { CHROMIUM_FLAGS };

const executable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The Chromium to drive. Throws (so the suite fails, it never skips) with the way to install
 * one when none is found: a browser suite that silently skips proves nothing.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    throw new Error(
      `e2e: CHROME_PATH is set to ${fromEnv}, which is not an executable file. ` +
        'Point it at a Chromium or Chrome binary, or unset it to use /usr/bin/chromium.',
    );
  }
  const found = CANDIDATES.find(executable);
  if (found) return found;
  throw new Error(
    'e2e: no Chromium found (looked for CHROME_PATH, then ' +
      CANDIDATES.join(', ') +
      '). Install it with `apt-get install -y chromium` (Debian/Ubuntu), or set CHROME_PATH to a ' +
      'Chromium/Chrome binary. `playwright install` is not needed (and not used).',
  );
}

/**
 * One browser per test file. Playwright gives every launch a fresh, temporary user-data-dir
 * (deleted on close) and every test its own context, so no cookie or storage leaks between tests.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS, timeout: 60_000 });
}
