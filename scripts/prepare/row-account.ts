/**
 * The count every preparation keeps: rows read = rows written + rows left out, each reason for
 * leaving rows out counted and named. A preparation whose counts do not add up stops.
 */

/** What became of a source's rows. */
export interface RowAccount {
  source: string;
  read: number;
  written: number;
  /** Rows deliberately left out, by reason. */
  leftOut: Record<string, number>;
}

/** Throws, naming every count, when read ≠ written + left out. */
export function checkAccount(account: RowAccount): RowAccount {
  const left = Object.values(account.leftOut).reduce((a, b) => a + b, 0);
  if (account.read !== account.written + left) {
    const reasons = Object.entries(account.leftOut).map(([why, n]) => `${n} ${why}`).join("; ") || "none";
    throw new Error(
      `${account.source}: ${account.read} rows read, but ${account.written} written and ${left} left out (${reasons}) make ${account.written + left}. ` +
        "Some rows were lost or counted twice: check the preparation against the source before writing anything.",
    );
  }
  return account;
}

/** One line per count, for the preparation's report. */
export function describeAccount(account: RowAccount): string[] {
  return [
    `${account.source}: ${account.read} rows read, ${account.written} written`,
    ...Object.entries(account.leftOut).map(([why, n]) => `  ${n} left out: ${why}`),
  ];
}
