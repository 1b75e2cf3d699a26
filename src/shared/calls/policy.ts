/**
 * Calls for policy points: what the recognizer suggests in an article,
 * accepting (a highlight tagged 政策要点/<label>, grouped into a policy) or
 * dismissing a suggestion, and the registry of policies across the library.
 */
import { z } from 'zod'
import { Highlight } from '../highlight'
import { ArticleId } from './articles'
import { IsoDate } from './review'

export const PolicyKind = z.enum(['n-articles', 'framework', 'slogan', 'target'])
export type PolicyKind = z.infer<typeof PolicyKind>

const Offset = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31)
const PolicyId = z.number().int().positive()
const Label = z.string().trim().min(1).max(100)
const Place = z.string().trim().max(40)
/** The body that issued a policy (达州市人民政府办公室). */
const Issuer = z.string().trim().max(60)

/** A span the recognizer found and nobody has accepted or dismissed yet. */
export const PolicyCandidate = z.object({
  kind: PolicyKind,
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  label: z.string(),
  confidence: z.number(),
  /** The issuing body, when the text names it outright (…办公室印发《…》（以下简称“24条”）). */
  issuer: z.string().optional(),
})
export type PolicyCandidate = z.infer<typeof PolicyCandidate>

/** One policy in the registry with what the library says about it. */
export const PolicySummary = z.object({
  id: z.number().int(),
  kind: PolicyKind,
  label: z.string(),
  /** Where it was issued (达州), or '' when unknown. */
  place: z.string(),
  /** The issuing body (达州市人民政府), or '' when unknown. */
  issuer: z.string(),
  /** The issuing date YYYY-MM-DD as a person entered it; not an article date. Null when unknown. */
  issued: z.string().nullable(),
  mentions: z.number().int(),
  articles: z.number().int(),
  /** Earliest and latest article date (published, else imported), YYYY-MM-DD. */
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
})
export type PolicySummary = z.infer<typeof PolicySummary>

/** A mention of a policy: its highlight, with the words around it. */
export const PolicyMention = z.object({
  highlightId: z.number().int(),
  articleId: z.number().int(),
  articleTitle: z.string(),
  date: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  before: z.string(),
  exact: z.string(),
  after: z.string(),
})
export type PolicyMention = z.infer<typeof PolicyMention>

/** The registry's filters, shared by its list, its timeline and its table export. */
const RegistryFilters = z
  .object({
    kind: PolicyKind.optional(),
    place: Place.optional(),
    /** Mentions in articles dated on or after / before this YYYY-MM-DD. */
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    /** Mentions whose highlight carries this tag (or a sub-tag of it), by name. */
    tag: z.string().trim().min(1).max(100).optional(),
    /** Policies issued on or after / before this YYYY-MM-DD (policies without an issuing date fail). */
    issuedFrom: IsoDate.optional(),
    issuedTo: IsoDate.optional(),
  })
  .strict()

/** One mention on the timeline: its policy, that policy's place, and the article's date. */
export const PolicyMentionDate = z.object({
  policyId: z.number().int(),
  label: z.string(),
  place: z.string(),
  date: z.string().nullable(),
})
export type PolicyMentionDate = z.infer<typeof PolicyMentionDate>

const SpanInput = { articleId: ArticleId, start: Offset, end: Offset }

export const policyCalls = {
  'policy.detect': {
    input: z.object({ articleId: ArticleId }).strict(),
    output: z.array(PolicyCandidate),
  },
  'policy.accept': {
    input: z
      .object({ ...SpanInput, label: Label, kind: PolicyKind, place: Place.optional() })
      .strict(),
    output: z.object({ highlight: Highlight, policyId: z.number().int() }),
  },
  'policy.acceptAll': {
    input: z.object({ articleId: ArticleId }).strict(),
    output: z.object({ accepted: z.number().int() }),
  },
  'policy.dismiss': {
    input: z.object({ ...SpanInput, label: Label, kind: PolicyKind }).strict(),
    output: z.object({ dismissed: z.boolean() }),
  },
  /** Filters narrow further; with from/to/tag, counts and dates are of the mentions that pass. */
  'policy.list': {
    input: RegistryFilters,
    output: z.array(PolicySummary),
  },
  /** Every dated mention of the policies `policy.list` returns for the same filters: the timeline's data. */
  'policy.mentionDates': {
    input: RegistryFilters,
    output: z.array(PolicyMentionDate),
  },
  'policy.get': {
    input: z.object({ id: PolicyId }).strict(),
    output: z.object({ policy: PolicySummary, mentions: z.array(PolicyMention) }),
  },
  /** Marks an existing highlight as a mention of the policy (kind, label, place), tagging it 政策要点/<label>. */
  'policy.mark': {
    input: z
      .object({
        highlightId: z.number().int().positive(),
        kind: PolicyKind,
        label: Label,
        /** Omitted: the place the article is about. */
        place: Place.optional(),
        /** Omitted: the policy keeps the issuing body / date it has. */
        issuer: Issuer.optional(),
        issued: IsoDate.optional(),
      })
      .strict(),
    output: z.object({ highlight: Highlight, policyId: z.number().int() }),
  },
  /**
   * Edits a policy's fields and retags its mentions; merges into the policy
   * that already has them. Omitted issuer / issued stay as they are; issued
   * null clears the date.
   */
  'policy.edit': {
    input: z
      .object({
        id: PolicyId,
        kind: PolicyKind,
        label: Label,
        place: Place,
        issuer: Issuer.optional(),
        issued: IsoDate.nullable().optional(),
      })
      .strict(),
    output: PolicySummary,
  },
  /** Moves every mention of `fromId` into `intoId` and deletes `fromId`. */
  'policy.merge': {
    input: z.object({ fromId: PolicyId, intoId: PolicyId }).strict(),
    output: PolicySummary,
  },
  /** Moves one mention out into the policy with `label` (same kind and place), creating it if needed. */
  'policy.split': {
    input: z.object({ highlightId: z.number().int().positive(), label: Label }).strict(),
    output: PolicySummary,
  },
} as const
