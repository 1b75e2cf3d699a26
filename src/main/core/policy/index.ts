/** The policy-point recognizer (pure): text in, labelled spans out. */
export { detectPolicyPoints, MIN_CONFIDENCE } from './detect'
export { parseCount } from './numerals'
export { POLICY_KINDS, type PolicyKind, type PolicySpan } from './types'
