import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The command line's bundle, which the tests run through the bin (tests/integration/cli/bin.ts).
    globalSetup: ['tests/build-cli.global.ts'],
    // Vitest's default is one worker fewer than the cores: one, on a 2-core machine. Most of an
    // integration test's time is spent waiting for a child process (the command line,
    // LibreOffice, pdftotext), so three at a time finish the suite in about 60% of the time.
    maxWorkers: 3,
  },
});
