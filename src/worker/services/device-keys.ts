/** Device keys are derived once per isolate: deriving and importing Ed25519 keys per request is waste. */
import { deriveDeviceKey, type DeviceKey } from "../../simulator";

const keys = new Map<string, Promise<DeviceKey>>();

export function deviceKey(secret: string, deviceId: string): Promise<DeviceKey> {
  const cacheKey = `${deviceId}\u0000${secret}`;
  let key = keys.get(cacheKey);
  if (!key) {
    key = deriveDeviceKey(secret, deviceId);
    keys.set(cacheKey, key);
  }
  return key;
}
