// Peak resident memory of this process, from the kernel's high-water mark.
import { readFileSync } from "node:fs";

/** Peak RSS in MB (VmHWM), or the current RSS where /proc is not available. */
export function peakRssMb(): number {
  try {
    const m = readFileSync("/proc/self/status", "utf8").match(/VmHWM:\s+(\d+) kB/);
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux: fall through
  }
  return process.memoryUsage().rss / 1e6;
}
