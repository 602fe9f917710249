import { defineConfig } from 'vitest/config';

// Some tests start Chromium or package the extension; on a loaded 2-core CI machine 5 s is too tight.
export default defineConfig({
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
});
