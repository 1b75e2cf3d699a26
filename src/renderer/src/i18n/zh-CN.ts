/**
 * Simplified Chinese, the default interface language. Every visible string
 * of the UI lives here and in `en.ts` under the same keys (keys.test.ts
 * checks). Plural keys (`_one`/`_other`) exist in both languages so the key
 * sets match, although Chinese only ever uses `_other`.
 */
export const zhCN = {
  app: {
    name: '批注',
    nameLatin: 'Pizhu',
    tagline: '政策文本阅读与批注',
  },
  language: {
    switchTo: 'English',
    switchLabel: '切换界面语言为英文',
  },
  common: {
    loading: '正在载入…',
    separator: '·',
    chars_one: '{{formatted}} 字',
    chars_other: '{{formatted}} 字',
    dismiss: '关闭',
  },
  library: {
    title: '文库',
    count_one: '共 {{count}} 篇',
    count_other: '共 {{count}} 篇',
    importedOn: '导入于 {{date}}',
    loadFailed: '无法载入文库：{{message}}',
    emptyTitle: '文库还是空的',
    emptyBody:
      '点击“导入文章”，选择 PDF、Word（.docx）、网页（.html）或文本文件（.txt、.md，编码自动识别）；也可以把文件直接拖进窗口。',
    emptyFormat: '文件的第一行作为标题，之后每行一段。',
  },
  import: {
    button: '导入文章',
    busy: '正在导入…',
    dropTitle: '松开即可导入',
    dropHint: '支持 PDF、Word、网页和文本文件，可一次拖入多个',
    imported_one: '已导入 {{count}} 篇文章',
    imported_other: '已导入 {{count}} 篇文章',
    duplicates_one: '{{count}} 个文件已在文库中，已跳过',
    duplicates_other: '{{count}} 个文件已在文库中，已跳过',
    nothing: '没有导入新的文章',
    listSeparator: '，',
    failed: '导入失败：{{message}}',
    tooLarge: '{{file}}：文件过大（上限 64 MB）',
    unreadable: '{{file}}：无法读取该文件',
  },
  reader: {
    back: '← 文库',
    backLabel: '返回文库',
    loadFailed: '无法打开文章：{{message}}',
    page: '第 {{page}} 版',
    sourceFile: '来源：{{file}}',
    fontSmaller: 'A−',
    fontSmallerLabel: '缩小字号',
    fontLarger: 'A+',
    fontLargerLabel: '放大字号',
    fontSizeValue: '{{size}}',
    fontSizeLabel: '当前字号 {{size}} 像素',
    contentLabel: '正文',
  },
}
