import { defineConfig } from 'vitest/config';

// Tests here spawn processes and lint whole records; on a loaded 2-core CI machine 5 s is too tight.
export default defineConfig({ test: { testTimeout: 30_000, hookTimeout: 120_000 } });
