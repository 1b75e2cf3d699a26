/** Reordering helpers for the composer: pure functions over item ids. */

/** `ids` with `id` moved by `delta` places (clamped to the ends). */
export function moveBy(ids: readonly number[], id: number, delta: number): number[] {
  const from = ids.indexOf(id)
  if (from < 0) return [...ids]
  const to = Math.max(0, Math.min(ids.length - 1, from + delta))
  return moveTo(ids, id, to)
}

/** `ids` with `id` moved to index `to`. */
export function moveTo(ids: readonly number[], id: number, to: number): number[] {
  const rest = ids.filter((x) => x !== id)
  if (rest.length === ids.length) return [...ids]
  rest.splice(Math.max(0, Math.min(rest.length, to)), 0, id)
  return rest
}
