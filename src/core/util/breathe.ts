/**
 * Lets the event loop run when the current task has held it for a while. Long loops
 * over data from others (anchoring a sidecar, an import, an export) await this
 * between items: in the editor they share the extension host's one thread with every
 * other extension and with the editor's own requests, so none may hold it for long.
 */
const SLICE_MS = 15;
let since = Date.now();

export function breathe(): Promise<void> | undefined {
  if (Date.now() - since < SLICE_MS) return undefined;
  return new Promise((resolve) =>
    setImmediate(() => {
      since = Date.now();
      resolve();
    }),
  );
}
