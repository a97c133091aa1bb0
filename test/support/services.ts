/** Starts a host as its own process (Deno entry, `npm start` = wrangler dev) and waits for its banner. */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

export interface Service {
  url: string;
  output(): string;
  stop(): Promise<void>;
  /** Ends the process group at once (SIGKILL), as a crash or power cut would. */
  kill(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export async function startService(command: string, args: string[], env: Record<string, string>, ready: RegExp, timeoutMs = 120_000): Promise<Service> {
  const child: ChildProcess = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready within ${timeoutMs} ms:\n${log}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = ready.exec(log);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ready:\n${log}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  let stopping: Promise<void> | undefined;
  return {
    url,
    output: () => log,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGKILL");
      await exited;
    },
    stop() {
      stopping ??= (async () => {
        // The whole process group: npm/npx/tsx wrappers and the workerd they started.
        if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGTERM");
        await exited;
      })();
      return stopping;
    },
  };
}

export const DENO = ["--yes", "deno@2.9.6", "run", "--allow-net", "--allow-read", "--allow-write", "--allow-env", "--allow-sys", "--allow-ffi", "--unstable-sloppy-imports", "--node-modules-dir=manual", "src/runtime/deno.ts"];

/** `npm start` itself, on a free port with its state in a folder of the caller's. */
export async function startWranglerDev(persistDir: string): Promise<Service> {
  return startService("npm", ["start", "--silent"], { PORT: String(await freePort()), PERSIST_DIR: persistDir }, /listening on (http:\/\/127\.0\.0\.1:\d+)/, 180_000);
}

/** The Node host as its own process (`npm run start:node`), on a free port with its data in `dataDir`. */
export async function startNode(dataDir: string): Promise<Service> {
  return startService("npx", ["tsx", "src/runtime/node.ts"], { PORT: String(await freePort()), DATA_DIR: dataDir }, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
}

export async function startDeno(dataDir: string): Promise<Service> {
  return startService("npx", DENO, { PORT: String(await freePort()), DATA_DIR: dataDir }, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
}
