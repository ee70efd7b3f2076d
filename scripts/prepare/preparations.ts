import { prepareApFiles } from "./ap/prepare.ts";
import { prepareCleanLaFiles } from "./clean-la/prepare.ts";
import { prepareLaitFiles } from "./lait/prepare.ts";

/** A preparation: the prepared files' text by file name, and what became of every row read. */
export type Preparation = (root: string) => Promise<{ outputs: Map<string, string>; report: string[] }>;

/** Every preparation, by the source it reads. */
export const PREPARATIONS: Record<string, Preparation> = {
  "local-authority-interactive-tool": (root) => prepareLaitFiles(root),
  "send-ap-inclusion-dashboard": (root) => prepareApFiles(root),
  "exclusion-statistics": (root) => prepareCleanLaFiles(root),
};
