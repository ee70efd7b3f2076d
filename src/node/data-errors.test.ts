import { describe, expect, it } from "vitest";
import { readDataErrors } from "./data-errors.ts";

describe("DATA_ERRORS", () => {
  it("stops the build on any error unless asked otherwise", () => {
    expect(readDataErrors(undefined)).toBe("stop");
    expect(readDataErrors(" ")).toBe("stop");
    expect(readDataErrors("stop")).toBe("stop");
  });

  it("skips files with errors when set to skip, in any case", () => {
    expect(readDataErrors("skip")).toBe("skip");
    expect(readDataErrors("SKIP")).toBe("skip");
  });

  it("refuses a value it does not know, so a typo cannot quietly change what is built", () => {
    expect(() => readDataErrors("ignore")).toThrow('DATA_ERRORS "ignore" is not a choice. Leave it unset to stop the build on any error, or set DATA_ERRORS=skip');
  });
});
