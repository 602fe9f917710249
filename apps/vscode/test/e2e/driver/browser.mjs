// Debian's Chromium, headless, driven by playwright-core, with a throwaway profile.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Exits with a message saying how to install Chromium when it is missing. */
export function requireChromium() {
  if (existsSync(chromiumPath)) return;
  console.error(
    `e2e: Chromium is needed and is missing at ${chromiumPath}. Install it with \`bash scripts/ensure-system-deps.sh\` ` +
      '(as root, from the repository root) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}

export async function launchBrowser() {
  // Webviews live on another origin and need a service worker there, which Chromium refuses when third-party
  // cookies are blocked: a profile that allows them.
  const profile = mkdtempSync(join(tmpdir(), 'trialyaml-e2e-chromium-'));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(
    join(profile, 'Default', 'Preferences'),
    JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }),
  );
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
