import { defineConfig } from "vitest/config";

// Node-host tests: pure domain, rendering, the Node/libsql host over HTTP, real Chromium, and the typed client.
export default defineConfig({
  test: {
    include: ["test/node/**/*.test.ts", "test/browser/**/*.test.ts", "clients/typescript/test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
