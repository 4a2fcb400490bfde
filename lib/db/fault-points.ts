/**
 * Named points between the steps of a write, for the fault-injection tests
 * (tests/unit/atomic-writes.test.ts) and nothing else: `faultPoint('notice.audited')` does nothing
 * unless a test has installed a hook, which may throw there to show the write leaves everything or
 * nothing. Production code never installs one.
 */
export type FaultHook = (point: string) => void | Promise<void>;

const state = globalThis as unknown as { portalFaultHook?: FaultHook | null };

export async function faultPoint(point: string): Promise<void> {
  const hook = state.portalFaultHook;
  if (hook) await hook(point);
}

/** Tests only: run `hook` at every fault point until the returned function is called. */
export function installFaultHook(hook: FaultHook): () => void {
  state.portalFaultHook = hook;
  return () => {
    if (state.portalFaultHook === hook) state.portalFaultHook = null;
  };
}
