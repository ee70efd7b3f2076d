/** Groups of pupils named as a reporter would write them: "pupils eligible for free school meals", "Black Caribbean pupils". */

/** A group's label as the pupils it counts, for a sentence. */
export function pupilsCalled(label: string): string {
  if (/^no sen$/i.test(label)) return "pupils with no SEN";
  const withPlan = /^SEN with a (.+)$/i.exec(label);
  if (withPlan) return `pupils with a ${withPlan[1]}`;
  const without = /^SEN without a (.+)$/i.exec(label);
  if (without) return `pupils with SEN but no ${without[1]}`;
  if (/^(not )?eligible for /i.test(label)) return `pupils ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  if (/^all pupils$/i.test(label)) return "all pupils";
  return `${label} pupils`;
}
