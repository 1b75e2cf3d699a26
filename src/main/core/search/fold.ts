/** Search folding lives in src/shared (the reader's find bar folds the same way); see text-fold.ts. */
export { fold, foldUnit } from '@shared/text-fold'
