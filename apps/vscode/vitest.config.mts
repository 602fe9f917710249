import { defineConfig } from 'vitest/config';

// Some tests start Chromium or package the extension; their work is bounded by counts, never by time: the limits
// only catch a hang, so they are generous enough for a shared 2-core machine with both cores busy.
export default defineConfig({
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000 },
});
