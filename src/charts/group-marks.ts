import type { Box, TextBlock } from "./labels.ts";
import type { Shape } from "./markers.ts";
import { categoricalColour } from "./palette.ts";

/**
 * How charts that compare groups mark them: the reference group, the overall group and the rest
 * each have a colour and a shape (never colour alone), and one word each for their tags.
 */

/** What a group's mark is: any group, the reference group, or the overall group (everyone). */
export type GroupMark = "group" | "reference" | "overall";

/** Mark colours: each passes 3:1 against white, and each kind also has its own shape. */
export const GROUP_COLOURS: Record<GroupMark, string> = {
  group: categoricalColour(0),
  reference: categoricalColour(2),
  overall: categoricalColour(4),
};

/** Mark shapes, so the kind of group is never told by colour alone. */
export const GROUP_SHAPES: Record<GroupMark, Shape> = {
  group: "circle",
  reference: "diamond",
  overall: "square",
};

/** Which marks a group sets it apart. */
export interface GroupFlags {
  isReference: boolean;
  isOverall: boolean;
  isUnknown: boolean;
}

/** A group's mark: the reference group's, the overall group's, or any group's. */
export function groupMark(group: GroupFlags): GroupMark {
  return group.isReference ? "reference" : group.isOverall ? "overall" : "group";
}

/** The words a group is tagged with, one wording everywhere: "overall", "not recorded" (and "reference group" when asked). */
export function groupTags(group: GroupFlags, withReference = false): string[] {
  return [...(withReference && group.isReference ? ["reference group"] : []), ...(group.isOverall ? ["overall"] : []), ...(group.isUnknown ? ["not recorded"] : [])];
}

/** A group's name with its tags: "All pupils (overall)". */
export function taggedName(label: string, group: GroupFlags): string {
  const tags = groupTags(group);
  return tags.length ? `${label} (${tags.join(", ")})` : label;
}

/** What every small panel of one group has, in pixels: its group's mark, colour and shape, its whole box, its plot and its title. */
export interface PanelFrame {
  key: string;
  mark: GroupMark;
  colour: string;
  shape: Shape;
  /** The panel's whole area, title to notes. */
  box: Box;
  plot: Box;
  title: TextBlock;
}
