/** Tags: the tag browser (`#/tags`), the tag field with pinyin suggestions, coloured chips, article tags. */
export { TagsView } from './TagsView'
export { TagInput } from './TagInput'
export { TagChip } from './TagChip'
export { ArticleTags } from './ArticleTags'
export { useTagCatalog } from './tag-catalog'
