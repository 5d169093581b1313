/** A count with its noun, plural unless the count is one: `1 claim`, `3 claims`, `0 articles`. */
export function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
