import type { D1Migration } from "cloudflare:test";
import type { Env } from "../../src/worker/env";

declare global {
  namespace Cloudflare {
    interface Env extends EnvWithMigrations {}
    interface GlobalProps {
      mainModule: typeof import("../../src/worker/index");
    }
  }
}
interface EnvWithMigrations extends Env {
  TEST_MIGRATIONS: D1Migration[];
}
