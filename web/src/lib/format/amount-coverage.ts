/**
 * How much of a set of items a sum of amounts covers, for the message that says so: every item
 * has an amount, some do, or none does (the total is then unknown, not 0). Unknown is not zero:
 * a total without its coverage would read a project with no known amount as nothing invested.
 */
export type AmountCoverage = 'all' | 'some' | 'none';

export function amountCoverage(count: number, withAmount: number): AmountCoverage {
  if (withAmount === 0) return 'none';
  return withAmount >= count ? 'all' : 'some';
}
