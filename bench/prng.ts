/**
 * A tiny seeded PRNG for the bench corpus. Math.random cannot be seeded, and
 * the corpus must be identical for a given seed on every machine so bench
 * numbers stay comparable across runs.
 */

/** A source of uniform numbers in [0, 1) plus the helpers the generator needs. */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T
}

/** mulberry32: 32-bit state, good enough spread for text generation, fully deterministic. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(list: readonly T[]): T => {
    if (list.length === 0) throw new Error('pick from an empty list')
    return list[Math.floor(next() * list.length)] as T
  }
  return { next, int, pick }
}
