/** Turns the database's own guards (triggers, keys in migrations/0001) into domain errors. */
import { DomainError } from "../core/errors";
import type { Database, Statement } from "./database";

const GUARDS: Record<string, () => DomainError> = {
  "receipt-not-open": () =>
    new DomainError("conflict", "receipt-not-open", "Receipt is not open", "The receipt was issued or cancelled; it can no longer be changed."),
  "receipt-changed-during-issue": () =>
    new DomainError("conflict", "receipt-changed", "Receipt changed while finalizing", "A line or payment changed while the receipt was being finalized; nothing was issued. Check the receipt and finalize again."),
};

function causeText(error: unknown): string {
  let text = "";
  for (let e: unknown = error; e instanceof Error; e = e.cause) text += ` ${e.message}`;
  return text;
}

export async function guardedBatch(database: Database, statements: [Statement, ...Statement[]]): Promise<void> {
  try {
    await database.batch(statements);
  } catch (error) {
    const text = causeText(error);
    const guard = Object.keys(GUARDS).find((name) => text.includes(name));
    if (guard) throw GUARDS[guard]!();
    throw error;
  }
}
