/** Durable Object helpers for the workers pool: evict an object as the runtime would, rewrite its stored state. */
import { runInDurableObject } from "cloudflare:test";

/** Resets the object: its memory is gone; the next call starts it again from its storage. */
export async function evict(stub: DurableObjectStub): Promise<void> {
  await runInDurableObject(stub, (_instance, state) => {
    state.abort("evicted by the test");
  }).catch((error: unknown) => {
    if (!String(error).includes("evicted by the test")) throw error;
  });
}

/** Changes a stored value, then evicts the object so it reads it back. */
export async function rewrite<T>(stub: DurableObjectStub, key: string, change: (value: T) => T): Promise<void> {
  await runInDurableObject(stub, async (_instance, state) => {
    await state.storage.put(key, change((await state.storage.get<T>(key))!));
  });
  await evict(stub);
}
