/** Opening the reader at a text range: scroll there and flash it. */
export { FlashAt } from './FlashAt'
