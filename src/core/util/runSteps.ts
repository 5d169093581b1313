/** Runs a stepped computation (a generator that yields where it may pause) to its end in one go. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
