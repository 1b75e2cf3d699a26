/** Dotted underlines under suggested policy points, outside Lexical's DOM. */
export { PolicyHints, type Hint } from './PolicyHints'
