/** A snippet with its matches wrapped in <mark>. */
import type { Snippet } from '@shared/calls/search'
import type { ReactNode } from 'react'

export function SnippetText({ snippet }: { snippet: Snippet }): ReactNode {
  const parts: ReactNode[] = []
  let at = 0
  for (const [start, end] of snippet.matches) {
    if (start > at) parts.push(snippet.text.slice(at, start))
    parts.push(
      <mark key={start} className="search-hit__match">
        {snippet.text.slice(start, end)}
      </mark>,
    )
    at = end
  }
  parts.push(snippet.text.slice(at))
  return (
    <span className="search-hit__snippet" lang="zh-CN">
      {parts}
    </span>
  )
}
