/** Index of the first item that starts at or after `pos` (items sorted by start). */
export function lowerBound(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first number at or above `x` in ascending `sorted`. */
export function lowerBoundNumber(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item that ends after `pos` (items sorted by start, so that, unnested, their ends ascend too). */
export function firstEndingAfter(items: readonly { end: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
