/** `npm run bench`: every benchmark, each beside a baseline measured in the same run. */
import { benchFiscal } from "./fiscal";
import { benchHotPath } from "./hot-path";
import { benchPdf } from "./pdf";
import { printTable } from "./table";

const rows = [...(await benchPdf()), ...(await benchFiscal()), ...(await benchHotPath())];
console.log();
printTable(rows);
