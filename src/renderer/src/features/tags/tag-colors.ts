/** The tag colour palette, in the order the UI offers it. */
import { TagColor } from '@shared/calls/tags'

/** Every tag colour, as the palette shows them. */
export const TAG_COLORS: readonly TagColor[] = TagColor.options

/** The class that paints a chip or swatch in a tag's colour ('' for none). */
export function tagColorClass(color: TagColor | null | undefined): string {
  return color ? `tag-color--${color}` : 'tag-color--none'
}
