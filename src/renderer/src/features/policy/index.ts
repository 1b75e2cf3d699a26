/** Policy points: suggestions in the reader, the toolbar switch, marking a highlight by hand, and the registry views. */
export { PolicySuggestions } from './PolicySuggestions'
export { PolicyHintsToggle } from './PolicyHintsToggle'
export { RegistryView } from './RegistryView'
export { PolicyDetail } from './PolicyDetail'
export { MarkPolicyForm } from './MarkPolicyForm'
