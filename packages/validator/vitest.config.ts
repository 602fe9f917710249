import { defineConfig } from 'vitest/config';

// Tests here spawn processes and lint whole records, and their work is bounded by counts, never by time: the limits
// only catch a hang, so they are generous enough for a shared 2-core machine with both cores busy.
export default defineConfig({ test: { testTimeout: 300_000, hookTimeout: 300_000 } });
