import { defineConfig } from 'vitest/config';

// Tests here render every registry record and hundreds of generated trials; on a loaded 2-core CI machine 5 s is
// too tight (the browser tests set their own, longer limits).
export default defineConfig({ test: { testTimeout: 30_000 } });
