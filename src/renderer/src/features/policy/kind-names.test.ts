import { describe, expect, it } from 'vitest'
import { POLICY_KIND_NAMES_ZH } from '@shared/policy-kind-names'
import { zhCN } from '../../i18n/zh-CN'

describe('policy kind names outside the app', () => {
  it('are the names the Chinese UI shows', () => {
    expect(POLICY_KIND_NAMES_ZH).toEqual(zhCN.policy.kind)
  })
})
