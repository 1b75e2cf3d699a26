/**
 * What the policy-point recognizer reports. Offsets are UTF-16 indexes into
 * the text it was given (the same units as highlight offsets), end exclusive.
 */
export type PolicyKind = 'n-articles' | 'framework' | 'slogan' | 'target'

export const POLICY_KINDS: readonly PolicyKind[] = ['n-articles', 'framework', 'slogan', 'target']

export interface PolicySpan {
  kind: PolicyKind
  start: number
  end: number
  /** Exactly `text.slice(start, end)`. */
  text: string
  /** Normalised name: for n-articles topic + count (重点产业24条), else the phrase without quotes. */
  label: string
  /** 0–1: how sure the rule is; quoted and cue-backed matches score higher. */
  confidence: number
}
