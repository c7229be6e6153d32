// The processor time the calling thread has used, for the performance figures of the VS Code tests.
// `process.cpuUsage()` counts every thread of the process (the engine's worker thread among them);
// Linux keeps each thread's own in /proc, in clock ticks of 10 ms. In the web-worker host the test
// bundle takes test/vscode-web/threadCpu.ts instead, which has none.
import { readFileSync } from 'node:fs';

/** A clock of the main thread's processor time (ms, in steps of 10), or undefined where it cannot be read. */
export function threadCpuClock(): (() => number) | undefined {
  if (process.platform !== 'linux') return undefined;
  // The host's JavaScript runs on its main thread, whose id is the process id.
  const file = `/proc/self/task/${process.pid}/stat`;
  const read = () => {
    const stat = readFileSync(file, 'latin1');
    // After the command name's closing parenthesis, utime and stime are the 12th and 13th fields.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };
  try {
    return Number.isFinite(read()) ? read : undefined;
  } catch {
    return undefined;
  }
}
