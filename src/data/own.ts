/** A record's own entry for a key from a file, never one inherited from Object.prototype (`constructor`, `__proto__`). */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
