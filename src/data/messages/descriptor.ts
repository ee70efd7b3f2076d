import { problem, quote, visible, type Place } from "../problem-text.ts";
import type { Problem } from "../types.ts";

/** What is said about the descriptor and the sources it lists. */
export const descriptorMessages = {
  badDescriptor(at: Place, detail: string): Problem {
    return problem("error", at, `The descriptor cannot be read: ${visible(detail, 200)}.`, "Fix the JSON; data/descriptor.schema.json describes its fields.");
  },

  descriptorField(at: Place, detail: string): Problem {
    return problem("error", at, detail, "Fix the field; data/descriptor.schema.json describes it.");
  },

  unknownSource(at: Place): Problem {
    return problem(
      "error",
      at,
      `Row cites source ${quote(at.value)}, which the descriptor's sources do not list.`,
      "Add the source (title, publisher, date, URL, locator) to the descriptor, or correct the id.",
    );
  },

  unsafeLink(at: Place): Problem {
    return problem("error", at, `Source link ${quote(at.value)} is not an http or https URL.`, "Link sources only with https:// (or http://) addresses.");
  },

  noDescriptor(file: string): Problem {
    return problem("warning", { file }, "No descriptor file: the page is titled from the file name and cites no sources.", "Add a .json descriptor with title, description and sources; see data/README.md.");
  },

  noDescriptorFileSays(file: string, title: boolean, sources: number): Problem {
    const from = [title ? "titled from the title above the table" : "titled from the file name", sources ? `cites the ${sources === 1 ? "source line" : "source lines"} under the table` : "cites no sources"].join(" and ");
    return problem("warning", { file }, `No descriptor file: the page is ${from}.`, "Add a .json descriptor with title, description and sources; see data/README.md.");
  },
} as const;
