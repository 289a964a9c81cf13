/**
 * Faults the e2e fault suite (tests/e2e/faults.e2e.test.ts) rehearses, in `--mode e2e` builds
 * only: the mode is a build-time constant, so a production build carries none of this. A file
 * named `preflight-fault-hang.csv` makes the worker spin without a word; one named
 * `preflight-fault-crash.csv` makes it die of an error no handler catches. Returns whether the
 * worker must stop handling the file.
 */
export function rehearseFault(name: string): boolean {
  if (import.meta.env.MODE !== 'e2e') return false;
  if (name === 'preflight-fault-hang.csv') spinForever();
  if (name !== 'preflight-fault-crash.csv') return false;
  setTimeout(() => {
    throw new Error('rehearsed crash');
  });
  return true;
}

function spinForever(): never {
  for (;;) Math.random();
}
