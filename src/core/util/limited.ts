/**
 * Runs the tasks given to the returned function at most `n` at a time, in the order given,
 * each as soon as a place is free.
 */
export function limited(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= n) await new Promise<void>((r) => waiting.push(r));
    else running++;
    try {
      return await task();
    } finally {
      // The place passes to the next task waiting, or is freed.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
