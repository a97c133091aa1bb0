/** Seeded, host-independent choices for faults: a 32-bit integer hash (murmur3's finalizer) of seed and step. */
export function mix32(seed: number, step: number): number {
  let x = (seed + Math.imul(step + 1, 0x9e3779b9)) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}
