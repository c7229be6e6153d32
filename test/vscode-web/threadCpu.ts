// The web-worker host's stand-in for test/support/threadCpu.ts: a web worker cannot read its thread's processor time.
export function threadCpuClock(): (() => number) | undefined {
  return undefined;
}
