/**
 * The Chinese names of the policy kinds, as the UI's zh-CN messages show
 * them (policy.kind.*; a renderer test keeps the two equal). Files made for
 * people outside the app — the registry's CSV — use these.
 */
import type { PolicyKind } from './calls/policy'

export const POLICY_KIND_NAMES_ZH: Record<PolicyKind, string> = {
  'n-articles': '条数型政策',
  framework: '框架体系',
  slogan: '提法口号',
  target: '量化目标',
}
