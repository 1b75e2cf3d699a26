import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../../../tests/helpers/temp'
import { normalizeText, type TextRole } from './normalize'

interface Case {
  rule: string
  input: string
  role?: TextRole
  expected: string
}

const cases = JSON.parse(readFileSync(fixture('text/normalize.json'), 'utf8')) as Case[]

describe('normalizeText (golden cases in tests/fixtures/text/normalize.json)', () => {
  it.each(cases)('$rule', ({ input, role, expected }) => {
    expect(normalizeText(input, role)).toBe(expected)
  })

  it.each(cases)('is idempotent: $rule', ({ expected, role }) => {
    expect(normalizeText(expected, role)).toBe(expected)
  })
})
