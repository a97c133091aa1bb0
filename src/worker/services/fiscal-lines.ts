/** The sale's lines as the device records them; a return names them by this position. */
import { formatQuantity } from "../../core/money";
import type { Line } from "../../core/receipt";
import type { FiscalLine } from "../../simulator";

export const activeFiscalLines = (lines: readonly Line[]): FiscalLine[] =>
  lines
    .filter((l) => !l.voided)
    .map((l) => ({ name: l.name, quantity: formatQuantity(l.quantityMilli), unitPrice: l.unitPrice, amount: l.amount, vatRate: l.vatRate, ...(l.discount > 0 && { discount: l.discount }) }));
