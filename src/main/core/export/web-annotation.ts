/**
 * JSON export as W3C Web Annotations (https://www.w3.org/TR/annotation-model/):
 * an AnnotationCollection whose annotations target the article (identified
 * by its content hash, with title, publication, date and page) through a
 * TextQuoteSelector and a TextPositionSelector. Notes are TextualBody with
 * purpose "commenting", tags TextualBody with purpose "tagging" (the model's
 * tag body); the colour is a Pizhu extension property. A policy export adds
 * `pizhu:policies`: each policy's label, kind, place, issuing body and date,
 * mention count and first / last mention date, with their terms defined in
 * the context.
 */
import { allItems, type ExportItem, type ExportPolicy, type ExportSet } from './export-set'

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
/** Prefix of Pizhu's own properties (colour, page) in the JSON-LD context. */
const PIZHU_NS = 'https://pizhu.local/ns#'

export interface TextualBody {
  type: 'TextualBody'
  purpose: 'commenting' | 'tagging'
  value: string
  format?: 'text/plain'
  language?: string
}

export interface WebAnnotation {
  id: string
  type: 'Annotation'
  motivation: 'highlighting' | 'commenting'
  created?: string
  body: TextualBody[]
  target: {
    type: 'SpecificResource'
    source: {
      id: string
      type: 'Text'
      title: string
      'pizhu:publication': string | null
      'pizhu:date': string | null
      'pizhu:page': string | null
    }
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ]
  }
  'pizhu:color': string
}

/** JSON-LD terms of a `pizhu:policies` entry (`label` is the annotation context's rdfs:label). */
const POLICY_TERMS = {
  'pizhu:policies': { '@container': '@list' },
  kind: 'pizhu:kind',
  place: 'pizhu:place',
  issuer: 'pizhu:issuer',
  issued: 'pizhu:issued',
  mentions: 'pizhu:mentions',
  firstDate: 'pizhu:firstDate',
  lastDate: 'pizhu:lastDate',
} as const

/** A policy as `pizhu:policies` lists it: '' and null where unknown. */
export interface PolicyEntry {
  label: string
  kind: string
  place: string
  issuer: string
  issued: string | null
  mentions: number
  firstDate: string | null
  lastDate: string | null
}

function policyEntry(p: ExportPolicy): PolicyEntry {
  const { label, kind, place, issuer, issued, mentions, firstDate, lastDate } = p
  return { label, kind, place, issuer, issued, mentions, firstDate, lastDate }
}

/** The URN naming an article by its content hash. */
export const articleUrn = (contentHash: string): string => `urn:pizhu:article:${contentHash}`

function annotation(i: ExportItem): WebAnnotation {
  const body: TextualBody[] = []
  if (i.noteText.trim())
    body.push({
      type: 'TextualBody',
      purpose: 'commenting',
      value: i.noteText,
      format: 'text/plain',
      language: 'zh-CN',
    })
  for (const t of i.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: t })
  return {
    id: `urn:pizhu:highlight:${i.source.contentHash}:${i.start}-${i.end}`,
    type: 'Annotation',
    motivation: i.noteText.trim() ? 'commenting' : 'highlighting',
    body,
    target: {
      type: 'SpecificResource',
      source: {
        id: articleUrn(i.source.contentHash),
        type: 'Text',
        title: i.source.title,
        'pizhu:publication': i.source.publication,
        'pizhu:date': i.source.date,
        'pizhu:page': i.source.page,
      },
      selector: [
        { type: 'TextQuoteSelector', exact: i.quote, prefix: i.prefix, suffix: i.suffix },
        { type: 'TextPositionSelector', start: i.start, end: i.end },
      ],
    },
    'pizhu:color': i.color,
  }
}

/** The set as a Web Annotation collection (JSON-LD, pretty-printed). */
export function toWebAnnotations(set: ExportSet): string {
  const items = allItems(set).map(annotation)
  const policies = set.policies
  const collection = {
    '@context': [
      ANNOTATION_CONTEXT,
      policies ? { pizhu: PIZHU_NS, ...POLICY_TERMS } : { pizhu: PIZHU_NS },
    ],
    type: 'AnnotationCollection',
    label: set.title,
    created: set.createdAt,
    generator: { type: 'Software', name: 'Pizhu 批注' },
    ...(policies ? { 'pizhu:policies': policies.map(policyEntry) } : {}),
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  }
  return JSON.stringify(collection, null, 2) + '\n'
}
