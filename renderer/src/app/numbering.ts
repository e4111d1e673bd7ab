// The number a new record gets (point 4, recommendation 3, document D12): one more than the
// highest in use, so that numbers are never reused; gaps left by a delete stay gaps, because
// the documents already issued may cite the old numbers.

/**
 * One more than the highest number after `prefix` among `labels` ("D1", "D7" -> "D8"; "2",
 * "3a" -> "4"); `prefix` + 1 when none has one. The prefix is matched in either case.
 */
export function nextNumber(labels: readonly string[], prefix = ''): string {
  const pattern = new RegExp(`^${prefix}(\\d+)`, 'i');
  const numbers = labels.map((l) => pattern.exec(l.trim())?.[1]).filter((n): n is string => n !== undefined).map(Number);
  return `${prefix}${Math.max(0, ...numbers) + 1}`;
}
