/** Sharing annotations between colleagues, offline: importing a Web Annotation file. */
export { importAnnotations } from './import-annotations'
export { parseAnnotationFile, type SharedAnnotation } from './annotation-file'
