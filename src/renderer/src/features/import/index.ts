/** Importing files: the provider that owns it, the button, the error banner, and the hook lists use to refetch. */
export { ImportProvider } from './ImportProvider'
export { ImportButton } from './ImportButton'
export { ImportErrors } from './ImportErrors'
export { useImporter, type Importer } from './import-context'
