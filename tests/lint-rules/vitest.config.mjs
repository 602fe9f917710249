import { defineConfig } from 'vitest/config';

// Tests here run ESLint on sample files and bound their work by counts, never by time: the limits only catch a
// hang, so they are generous enough for a shared 2-core machine with both cores busy.
export default defineConfig({ test: { testTimeout: 300_000, hookTimeout: 300_000 } });
