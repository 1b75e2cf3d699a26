/** Policy points: suggestions in the reader, the toolbar switch, and the registry views. */
export { PolicySuggestions } from './PolicySuggestions'
export { PolicyHintsToggle } from './PolicyHintsToggle'
export { RegistryView } from './RegistryView'
export { PolicyDetail } from './PolicyDetail'
