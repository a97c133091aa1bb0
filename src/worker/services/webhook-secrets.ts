/** Webhook signing secrets at rest. */
import { open, seal } from "../customers/protect";
import type { Ports } from "../ports";

/**
 * A Standard Webhooks secret (`whsec_` and 32 random bytes in base64), shown to the admin once and
 * kept sealed with the data key (CUSTOMER_DATA_KEY): a copy of the database cannot forge signatures.
 */
export async function newSecret(ports: Ports): Promise<{ plain: string; sealed: string }> {
  const plain = `whsec_${btoa(String.fromCharCode(...ports.random(32)))}`;
  return { plain, sealed: await seal(ports.config.customerDataKeys[0]!, plain, ports.random) };
}

/** A kept secret as it signs; one stored before secrets were sealed is still plain. */
export const openSecret = (ports: Ports, kept: string): Promise<string> => (kept.startsWith("whsec_") ? Promise.resolve(kept) : open(ports.config.customerDataKeys, kept));
