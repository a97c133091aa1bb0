/** Dispatches a device operation; the gate (DO or in-process queue) guarantees one at a time per device. */
import type { DeviceOp, DeviceOpResults, Ports } from "../ports";
import { issueCopy, issueReturnCopy } from "./copies";
import { countSlip, readStatus, setFaults, shiftClose, shiftOpen } from "./device-ops";
import { xReportView } from "./reports";
import { issueReturn } from "./returns";

export async function applyDeviceOp<O extends DeviceOp>(ports: Ports, op: O): Promise<DeviceOpResults[O["kind"]]> {
  const run = async (): Promise<DeviceOpResults[DeviceOp["kind"]]> => {
    switch (op.kind) {
      case "return":
        return issueReturn(ports, op.terminal, op.receiptId, op.request);
      case "copy":
        return issueCopy(ports, op.terminal, op.receiptId, op.request);
      case "return_copy":
        return issueReturnCopy(ports, op.terminal, op.receiptId, op.returnNumber, op.request);
      case "status":
        return readStatus(ports, op.terminal, op.deviceId);
      case "x_report":
        return xReportView(ports, op.terminal, op.deviceId);
      case "shift_open":
        return shiftOpen(ports, op.terminal, op.deviceId);
      case "shift_close":
        return shiftClose(ports, op.terminal, op.deviceId);
      case "slip":
        return countSlip(ports, op.terminal, op.deviceId, op.receiptId, op.slip, op.amount);
      case "faults":
        return setFaults(ports, op.terminal, op.deviceId, op.arm);
    }
  };
  return (await run()) as DeviceOpResults[O["kind"]];
}
