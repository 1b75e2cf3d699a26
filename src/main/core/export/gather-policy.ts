/**
 * A policy point as an export set: every mention of the accepted policy
 * point(s) with one label (each is a highlight tagged 政策要点/<label>),
 * grouped by article, with what the registry knows about the policy under
 * the title — place, issuing body, issuing date, how often and when it was
 * mentioned. A label names one policy per place, so several may share it.
 * The set's `policies` carry those fields to the CSV and JSON renderings,
 * with the highlights mentioning each.
 */
import type { Database } from 'better-sqlite3'
import type { PolicySummary } from '@shared/calls/policy'
import { AppException } from '@shared/result'
import { mentionHighlightIds, policiesLabelled } from '../db/repos/policies'
import { policyTag } from '../policy-registry/manual'
import type { ExportSet } from './export-set'
import { gatherTag } from './gather'

/** 2023-03-15 → 2023年3月15日. */
function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

/** One line about one policy: 南江 · 发文机关：… · 发文日期：… · 提及3次（…至…）. */
export function policyLine(p: PolicySummary): string {
  const parts = [
    p.place || '未注明地区',
    p.issuer && `发文机关：${p.issuer}`,
    p.issued && `发文日期：${chineseDate(p.issued)}`,
    `提及${p.mentions}次` +
      (p.firstDate
        ? `（${p.firstDate}${p.lastDate !== p.firstDate ? `至${p.lastDate}` : ''}）`
        : ''),
  ]
  return parts.filter(Boolean).join(' · ')
}

/** The mentions of the policy point `label`; NOT_FOUND when no accepted policy point has it. */
export function gatherPolicy(db: Database, label: string, now: string): ExportSet {
  const name = label.trim()
  const policies = policiesLabelled(db, name)
  if (policies.length === 0) {
    throw new AppException('NOT_FOUND', `No accepted policy point is labelled "${name}"`)
  }
  const set = gatherTag(db, policyTag(name), now)
  return {
    ...set,
    title: `政策要点“${name}”摘录`,
    summary: policies.map(policyLine).join('\n'),
    policies: policies.map(({ id, ...p }) => ({ ...p, highlightIds: mentionHighlightIds(db, id) })),
  }
}
