/**
 * A test seam for crashes at exact points of a write: with
 * CORPUS_ANNOTATOR_KILL_AT=NAME:N in the environment, the process kills itself with
 * SIGKILL (what `kill -9` sends) the Nth time it passes the point NAME. Timed kills
 * from outside land wherever the process happens to be; this lands on the point a
 * test means, every time. Without the variable a point costs one comparison.
 */
const spec = /^([a-z-]+):(\d+)$/.exec(process.env.CORPUS_ANNOTATOR_KILL_AT ?? '');
let remaining = spec ? Number(spec[2]) : 0;

export function faultPoint(name: string): void {
  if (!spec || spec[1] !== name) return;
  if (--remaining === 0) process.kill(process.pid, 'SIGKILL');
}
