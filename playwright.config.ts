import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromiumPath.mjs';

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env['E2E_PORT'] ?? 4329);
// `npm run test:e2e` has already stopped with a clear message when there is no Chromium.
const executablePath = findChromium() ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  // One worker: the machine has two cores and the preview server needs one.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: /phone\.spec\.ts/ },
    { name: 'phone', use: { ...devices['Pixel 7'] }, testMatch: /phone\.spec\.ts/ },
  ],
  webServer: {
    // The production build, never the dev server: `npm run test:e2e` builds first.
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
