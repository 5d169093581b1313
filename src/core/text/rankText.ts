/** A rank as English writes it: 1st, 2nd, 3rd, 11th, 24th. */
export function rankText(n: number): string {
  const tens = Math.abs(n) % 100, ones = Math.abs(n) % 10;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ones === 1 ? 'st' : ones === 2 ? 'nd' : ones === 3 ? 'rd' : 'th';
  return n.toLocaleString('en-US') + suffix;
}
