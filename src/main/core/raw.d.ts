/** Vite inlines `?raw` imports as strings (migrations are kept as .sql files). */
declare module '*?raw' {
  const text: string
  export default text
}
