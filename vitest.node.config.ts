import { defineConfig } from "vitest/config";

// Node-host tests: pure domain, rendering, the Node/libsql host over HTTP, and real Chromium.
export default defineConfig({
  test: {
    include: ["test/node/**/*.test.ts", "test/browser/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
