/** Sharing annotations between colleagues: importing their Web Annotation file. */
export { AnnotationImport } from './AnnotationImport'
