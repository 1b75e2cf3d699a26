/**
 * What a format module hands to the shared pipeline: the file's text in
 * reading order, line by line and page by page, with whatever the format
 * itself says about structure and metadata. Everything after this point
 * (normalisation, splitting into articles) is the same for every format.
 */

export type SourceFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf' | 'paste'

export interface ExtractedLine {
  text: string
  /** Set by formats that know their structure (Markdown, HTML, DOCX headings). */
  kind?: 'heading' | 'paragraph' | 'caption'
  /** Heading level 1–6 when `kind` is 'heading'. */
  level?: number
  /** PDF only: font size relative to the page's body text (1 = body), for headline detection. */
  relativeSize?: number
  bold?: boolean
}

export interface ExtractedPage {
  /** The page number printed or implied (PDF pages), null for formats without pages. */
  number: number | null
  lines: ExtractedLine[]
}

export interface ExtractedText {
  format: SourceFormat
  /** The character encoding a text file was decoded from ('utf-8', 'gb18030', …), else null. */
  encoding: string | null
  /**
   * True when lines are real paragraphs (HTML, DOCX, Markdown): no line
   * joining is needed. False for text pulled out of a PDF or a plain-text
   * copy of one, where hard line breaks cut sentences.
   */
  structured: boolean
  pages: ExtractedPage[]
  /** Metadata the file states about itself. */
  meta: { title?: string; publication?: string; publishedOn?: string }
}
