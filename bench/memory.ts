/**
 * Peak resident memory of one measured step. On Linux the kernel's
 * high-water mark (VmHWM) can be reset by writing 5 to /proc/self/clear_refs,
 * which makes the peak of a synchronous step cheap to read without sampling.
 * Elsewhere the peak is unknown and reported as null.
 */
import { readFileSync, writeFileSync } from 'node:fs'

/** Marks the start of a step; call the returned function afterwards for its peak RSS delta in bytes. */
export function startPeakRss(): () => number | null {
  const before = resetHighWaterMark()
  return () => {
    if (before === null) return null
    const peak = statusKb('VmHWM')
    return peak === null ? null : Math.max(0, peak - before) * 1024
  }
}

/** Resets the high-water mark; returns the resident size in KiB at that moment, or null. */
function resetHighWaterMark(): number | null {
  try {
    writeFileSync('/proc/self/clear_refs', '5')
  } catch {
    return null
  }
  return statusKb('VmRSS')
}

function statusKb(field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
      readFileSync('/proc/self/status', 'utf8'),
    )
    return match ? Number(match[1]) : null
  } catch {
    return null
  }
}
