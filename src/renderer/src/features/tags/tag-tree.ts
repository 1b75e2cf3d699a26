/**
 * The tag list as a tree: which rows show when some tags are collapsed, and
 * which tags sit under a given one (a tag cannot move or merge into those).
 * Input is `tags.browse` — sorted by path, parents before their children.
 */
import type { TagSummary } from '@shared/calls/tags'

/** One visible row of the tree. */
export interface TagRowModel {
  tag: TagSummary
  depth: number
  hasChildren: boolean
}

/** Nesting depth of a tag from its path ("a/b" → 1). */
export function depthOf(tag: TagSummary): number {
  return tag.path.split('/').length - 1
}

/** The rows to show, in path order, hiding everything below a collapsed tag. */
export function visibleRows(
  tags: readonly TagSummary[],
  collapsed: ReadonlySet<number>,
): TagRowModel[] {
  const byId = new Map(tags.map((t) => [t.id, t]))
  const hidden = (tag: TagSummary): boolean => {
    for (let p = tag.parentId; p !== null; p = byId.get(p)?.parentId ?? null) {
      if (collapsed.has(p)) return true
    }
    return false
  }
  return tags
    .filter((tag) => !hidden(tag))
    .map((tag) => ({ tag, depth: depthOf(tag), hasChildren: tag.descendants > 0 }))
}

/** The ids of a tag and every tag below it. */
export function subtreeIds(tags: readonly TagSummary[], id: number): Set<number> {
  const ids = new Set([id])
  let grew = true
  while (grew) {
    grew = false
    for (const t of tags) {
      if (t.parentId !== null && ids.has(t.parentId) && !ids.has(t.id)) {
        ids.add(t.id)
        grew = true
      }
    }
  }
  return ids
}

/**
 * The tags to show for a filter: each tag `matches` accepts, with the tags
 * above it so it keeps its place in the tree.
 */
export function withAncestors(
  tags: readonly TagSummary[],
  matches: (tag: TagSummary) => boolean,
): TagSummary[] {
  const byId = new Map(tags.map((t) => [t.id, t]))
  const keep = new Set<number>()
  for (const tag of tags) {
    if (!matches(tag)) continue
    for (let t: TagSummary | undefined = tag; t && !keep.has(t.id);) {
      keep.add(t.id)
      t = t.parentId === null ? undefined : byId.get(t.parentId)
    }
  }
  return tags.filter((t) => keep.has(t.id))
}
