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
      '点击“导入文章”，选择 .txt 或 .md 文本文件（UTF-8 编码）；也可以把文件直接拖进窗口。',
    emptyFormat: '文件的第一行作为标题，之后每行一段。',
  },
  import: {
    button: '导入文章',
    busy: '正在导入…',
    dropTitle: '松开即可导入',
    dropHint: '支持 .txt、.md 文本文件，可一次拖入多个',
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
  backup: {
    menu: '资料库',
    backupNow: '立即备份',
    restoreMenu: '从备份恢复…',
    done: '已备份资料库',
    failed: '备份失败：{{message}}',
    restoreTitle: '从备份恢复',
    restoreHint: '恢复后，当前资料库会先另存为一份备份，不会丢失。',
    none: '还没有备份。',
    restore: '恢复',
    restoring: '正在恢复…',
    recommended: '最新完好备份',
    confirmRestore: '用 {{when}} 的备份替换当前资料库吗？当前资料库会先另存为备份。',
    restoreFailed: '恢复失败：{{message}}',
    fromFile: '从文件恢复…',
    close: '关闭',
    size: '{{size}} MB',
    kind: {
      daily: '每日自动备份',
      'pre-migration': '升级前备份',
      'pre-restore': '恢复前备份',
      manual: '手动备份',
    },
    damagedTitle: '资料库已损坏，无法打开',
    damagedText:
      '资料库文件未通过完整性检查（可能因断电、磁盘故障或文件被截断）。为避免进一步损坏，批注没有写入任何内容。',
    damagedOffer: '可以从下列备份中恢复，推荐使用最新的完好备份：',
    damagedNoBackup: '没有找到可用的备份。损坏的文件保持原样，请联系技术支持。',
  },
}
