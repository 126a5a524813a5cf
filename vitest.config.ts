import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    projects: [
      // `isolate: false`: the test files share their workers' modules instead of each importing its
      // own copy (the citation engine, the Markdown pipeline, the parsed built sites); on two cores
      // that import was most of the run. No test here leaves a module's state changed for the next.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      // Reads dist/ and dist-isk/: run after both builds (tests/run-all.ts). One file at a time: several run whole builds of
      // their own, which only slow each other down when run together.
      {
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false, isolate: false },
      },
    ],
  },
});
