/** What follows an issuance, whoever triggered it: the PDF stored, the waiting page told, messages sent. */
import type { TerminalContext } from "../auth";
import type { Ports } from "../ports";
import { storePdf } from "./pdf";
import { loadReceipt } from "./receipts";

export async function afterIssue(ports: Ports, terminal: TerminalContext, receiptId: string) {
  const record = await loadReceipt(ports, terminal, receiptId);
  if (!record.receipt.pdfKey) await storePdf(ports, record);
  await ports.coordinator.publish(receiptId, { type: "issued", receipt_id: receiptId, status: "issued" });
  const channel = (record.receipt.delivery as { channel?: string } | null)?.channel;
  if (channel === "sms" || channel === "email") await ports.coordinator.wake(receiptId, ports.clock());
  return loadReceipt(ports, terminal, receiptId);
}
