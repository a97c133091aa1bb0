/** PDFs in a local folder on Deno/Node; the metadata sits beside each file as JSON. */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import type { BlobStore } from "../worker/ports";

export function fileBlobs(folder: string): BlobStore {
  const root = resolve(folder);
  const pathOf = (key: string) => {
    const path = resolve(root, key);
    if (!path.startsWith(root + sep)) throw new Error(`blob key escapes the store: ${key}`);
    return path;
  };
  return {
    async put(key, bytes, meta) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, bytes);
      await writeFile(`${path}.meta.json`, JSON.stringify(meta));
    },
    async get(key) {
      const path = pathOf(key);
      try {
        const [bytes, meta] = await Promise.all([readFile(path), readFile(`${path}.meta.json`, "utf8")]);
        const { contentType, expiresAt } = JSON.parse(meta) as { contentType: string; expiresAt: string };
        return { bytes: new Uint8Array(bytes), contentType, expiresAt };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(keys) {
      await Promise.all(keys.flatMap((key) => [rm(pathOf(key), { force: true }), rm(`${pathOf(key)}.meta.json`, { force: true })]));
    },
  };
}

export const blobFolder = (dataDir: string) => join(dataDir, "pdfs");
