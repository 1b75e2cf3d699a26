/** Opening the reader at a text range (scroll there and flash it), and reading positions. */
export { FlashAt } from './FlashAt'
export { articleRoot, lineTopOf, offsetAtLine, scrollOffsetTo } from './position'
export { blockStarts, rangeAt, renderedLength, renderedText, type BlockStart } from './text-range'
