import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { metaText } from "../meta-text.ts";
import { checkAccount, describeAccount } from "../row-account.ts";
import { countApRows } from "./rows.ts";
import { onlyMember } from "./zip.ts";

/** Where the published archive is kept, byte for byte, under the project root. */
export const AP_SOURCE = "sources/dfe-analytical-services/SEND-AP-Inclusion-Dashboard/data/ap/ap_placements_ap_census.csv.gz";
/** The dataset id of the prepared file. */
export const AP_ID = "alternative-provision-placements-2017-2023";
const MEMBER = "ap_placements_ap_census.csv";

/**
 * The archive's CSV, already in the standard layout, written to `data/` exactly as published (its
 * byte-order mark and CRLF line ends too), with a meta file naming its filters and indicator.
 */
export async function prepareApFiles(root: string): Promise<{ outputs: Map<string, string>; report: string[] }> {
  const member = onlyMember(new Uint8Array(await readFile(join(root, AP_SOURCE))), MEMBER);
  // Decoded keeping the byte-order mark, so that writing the text back gives the member's bytes.
  const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(member);
  const account = checkAccount(countApRows(text, MEMBER));
  const meta = metaText([
    { column: "gender", type: "Filter", label: "Gender", hint: "Boys, Girls or Other, as published; Total is every pupil" },
    { column: "age", type: "Filter", label: "Age", hint: "Age of the pupil, Age 0 to Age 19 plus, as published; Total is every age" },
    { column: "ethnicity_minor", type: "Filter", label: "Ethnicity", hint: "Minor ethnic group, as published (for example Black - Black Caribbean); Total is every pupil" },
    { column: "fsm", type: "Filter", label: "Free school meals", hint: "FSM eligible or Not FSM eligible; Total is every pupil" },
    { column: "number_of_pupils", type: "Indicator", label: "Pupils in local authority funded alternative provision placements", dp: 0 },
  ]);
  return {
    outputs: new Map([
      [`${AP_ID}.csv`, text],
      [`${AP_ID}.meta.csv`, meta],
    ]),
    report: describeAccount(account),
  };
}
