import type { BlobStore } from "./ports";

/** PDFs in R2, the expiry date in custom metadata (and an R2 lifecycle rule may back it up). */
export function r2Blobs(bucket: R2Bucket): BlobStore {
  return {
    async put(key, bytes, meta) {
      await bucket.put(key, bytes, { httpMetadata: { contentType: meta.contentType }, customMetadata: { expiresAt: meta.expiresAt } });
    },
    async get(key) {
      const object = await bucket.get(key);
      if (!object) return null;
      return {
        bytes: new Uint8Array(await object.arrayBuffer()),
        contentType: object.httpMetadata?.contentType ?? "application/octet-stream",
        expiresAt: object.customMetadata?.expiresAt ?? null,
      };
    },
    async delete(keys) {
      if (keys.length > 0) await bucket.delete(keys);
    },
  };
}
