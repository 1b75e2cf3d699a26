/**
 * Invalid payloads for contract calls, generated from each call's input
 * schema (through its JSON Schema): wrong types, out-of-range and
 * non-integer numbers, huge strings, missing and unknown keys,
 * prototype-pollution keys, deep nesting and random junk. Seeded, so a
 * failure can be replayed. Only payloads the schema rejects are returned.
 */
import { createHash } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import { z } from 'zod'

type Json = Record<string, unknown>

/** A small seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** One megabyte-scale string, used once per property (it is slow to copy around). */
const HUGE = '批'.repeat(1 << 20)
const LONG = 'x'.repeat(10_000)
const deep = (depth: number, leaf: unknown): unknown => {
  let v = leaf
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v }
  return v
}

/** Values of every JSON type and some hostile ones. */
const JUNK: unknown[] = [
  0,
  -1,
  1.5,
  -0.5,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  '',
  'x',
  '1',
  '-1',
  LONG,
  '\u0000',
  '\ud800',
  '../../etc/passwd',
  true,
  false,
  null,
  [],
  [1, 2, 3],
  {},
  { id: 1 },
  deep(200, 'x'),
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
]

interface Prop {
  type?: string
  minimum?: number
  exclusiveMinimum?: number
  maximum?: number
  minLength?: number
  maxLength?: number
  pattern?: string
}

function wrongValues(p: Prop): unknown[] {
  const out: unknown[] = [...JUNK, HUGE]
  if (p.type === 'integer' || p.type === 'number') {
    const min = p.minimum ?? (p.exclusiveMinimum !== undefined ? p.exclusiveMinimum + 1 : 0)
    out.push(min - 1, min - 0.5, -min - 1, 0.1, 2.5, -(2 ** 31), 2 ** 53, '5', [5], { value: 5 })
    if (p.maximum !== undefined && p.maximum < Number.MAX_SAFE_INTEGER) out.push(p.maximum + 1)
  }
  if (p.type === 'string') {
    out.push(5, ['a'], { s: 'a' })
    if (p.maxLength !== undefined && p.maxLength < 2_000_000) out.push('a'.repeat(p.maxLength + 1))
    if ((p.minLength ?? 0) > 0) out.push('')
    if (p.pattern) out.push('/', 'a/b', '..', '\\..\\x')
  }
  return out
}

function exampleValue(p: Prop): unknown {
  if (p.type === 'integer' || p.type === 'number') {
    return p.minimum ?? (p.exclusiveMinimum !== undefined ? p.exclusiveMinimum + 1 : 1)
  }
  if (p.type === 'string') return p.pattern ? 'backup.sqlite' : 'a'.repeat(p.minLength ?? 1)
  if (p.type === 'boolean') return true
  return {}
}

function randomJunk(next: () => number, depth = 0): unknown {
  const r = next()
  if (depth > 3 || r < 0.5) return JUNK[Math.floor(next() * JUNK.length)]
  if (r < 0.75)
    return Array.from({ length: Math.floor(next() * 4) }, () => randomJunk(next, depth + 1))
  const o: Json = {}
  const keys = ['__proto__', 'constructor', 'prototype', 'id', 'name', 'toString', 'x', '']
  for (let i = 0; i < 1 + next() * 3; i++) {
    Object.defineProperty(o, keys[Math.floor(next() * keys.length)]!, {
      value: randomJunk(next, depth + 1),
      enumerable: true,
      configurable: true,
      writable: true,
    })
  }
  return o
}

/** At least `count` payloads `schema` rejects (fewer only if the schema accepts almost anything). */
export function invalidPayloads(schema: z.ZodType, count: number, seed: number): unknown[] {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any' }) as {
    properties?: Record<string, Prop>
    required?: string[]
  }
  const props = json.properties ?? {}
  const base: Json = {}
  for (const [k, p] of Object.entries(props)) base[k] = exampleValue(p)

  const candidates: unknown[] = JUNK.filter((v) => v !== null && !isPlainEmpty(v))
  for (const [k, p] of Object.entries(props)) {
    for (const v of wrongValues(p)) candidates.push({ ...base, [k]: v })
    const { [k]: _dropped, ...without } = base
    candidates.push(without)
  }
  for (const key of ['__proto__', 'constructor', 'prototype', 'extra', 'toString']) {
    for (const v of [1, 'x', { polluted: true }, null]) {
      const o: Json = { ...base }
      Object.defineProperty(o, key, {
        value: v,
        enumerable: true,
        configurable: true,
        writable: true,
      })
      candidates.push(o)
    }
  }
  const next = rng(seed)
  for (let i = 0; candidates.length < count * 3 && i < count * 10; i++) {
    const o: Json = { ...base }
    const k = Object.keys(props)[Math.floor(next() * Object.keys(props).length)]
    if (k !== undefined && next() < 0.7) o[k] = randomJunk(next)
    else Object.assign(o, randomJunk(next, 2) as Json)
    candidates.push(next() < 0.1 ? randomJunk(next) : o)
  }
  // What travels over IPC or HTTP is structured-clone or JSON data: normalise through JSON.
  const out: unknown[] = []
  for (const c of candidates) {
    const wire = JSON.parse(JSON.stringify(c) ?? 'null') as unknown
    if (wire === null) continue
    if (!schema.safeParse(wire).success) out.push(wire)
    if (out.length === count) break
  }
  return out
}

function isPlainEmpty(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0
}

/** A checksum of every table's rows and the schema: equal only if nothing was written. */
export function databaseChecksum(db: Database): string {
  const hash = createHash('sha256')
  const objects = db
    .prepare(
      "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as { type: string; name: string; sql: string | null }[]
  for (const o of objects) {
    hash.update(`${o.type}\u0000${o.name}\u0000${o.sql ?? ''}\n`)
    if (o.type !== 'table') continue
    for (const row of db.prepare(`SELECT * FROM "${o.name}"`).raw().iterate()) {
      hash.update(JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)))
    }
  }
  return hash.digest('hex')
}
