/** The shape every interface language must have: the Chinese resource's keys, string values. */
import type { zhCN } from './zh-CN'

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }

/** The interface strings of one language. */
export type Messages = Shape<typeof zhCN>

/** The interface languages, the first being the default. */
export const LANGUAGES = ['zh-CN', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
