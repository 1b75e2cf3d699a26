/**
 * Word pools for the synthetic policy-news corpus. The words are the kind a
 * policy researcher highlights (policy terms, numbered packages, frameworks
 * like “3+3+N”, money and percentages), so the text has the character mix of
 * real 政策新闻: CJK, digits, full-width punctuation and the odd ASCII `+`,
 * `.` and `%`. Pools are whitespace-separated lists to keep the file short.
 */

function words(list: string): readonly string[] {
  return list.split(/\s+/).filter((w) => w !== '')
}

/** Cities, provinces and development zones. */
export const PLACES = words(`
  杭州市 宁波市 温州市 苏州市 无锡市 南京市 合肥市 芜湖市 成都市 绵阳市 重庆市 武汉市 襄阳市 长沙市
  株洲市 郑州市 洛阳市 西安市 咸阳市 济南市 青岛市 烟台市 广州市 深圳市 佛山市 东莞市 厦门市 泉州市
  福州市 南昌市 贵阳市 昆明市 南宁市 柳州市 沈阳市 大连市 长春市 哈尔滨市 石家庄市 太原市 浙江省
  江苏省 安徽省 四川省 湖北省 湖南省 河南省 山东省 广东省 福建省 滨江区 高新区 经开区 临港新片区
  两江新区 天府新区 雄安新区 前海合作区
`)

/** Party and government bodies that issue documents or hold meetings. */
export const BODIES = words(`
  市委 市政府 市委常委会 市政府常务会议 市发展改革委 市商务局 市工业和信息化局 市科技局 市财政局
  市市场监管局 市营商环境建设局 区委区政府 管委会 省委省政府 省发展改革委 省商务厅
`)

/** Titles of the officials who speak at meetings. */
export const LEADERS = words(`市委书记 市长 常务副市长 副市长 区委书记 区长 党工委书记 管委会主任`)

/** Policy vocabulary: the phrases researchers tag and search for. */
export const TERMS = words(`
  招商引资 营商环境 高质量发展 新质生产力 产业链供应链 数字经济 先进制造业 科技创新 民营经济 扩大内需
  共同富裕 乡村振兴 城市更新 绿色低碳转型 双碳目标 全国统一大市场 放管服改革 一网通办 专精特新 链长制
  要素保障 亩均效益 项目攻坚 稳外贸稳外资 总部经济 开放型经济 政务服务 信用体系建设 融资担保 人才引育
  土地集约利用 创新生态 现代化产业体系 区域协调发展
`)

/** Industries named in industrial policy. */
export const INDUSTRIES = words(`
  集成电路 生物医药 新能源汽车 智能网联汽车 人工智能 高端装备 新材料 光伏储能 低空经济 数字文创
  现代物流 跨境电商 工业互联网 氢能 商业航天 现代农业
`)

/** Meetings whose 精神 every document says it implements. */
export const MEETINGS = words(
  `党的二十大 二十届三中全会 中央经济工作会议 全国两会 省委全会 市第十四次党代会`,
)

/** Completions of 《关于……的若干措施》. */
export const DOCUMENTS = words(`
  优化营商环境 促进民营经济发展壮大 推动制造业高质量发展 支持科技创新 加快数字经济发展
  进一步稳外贸稳外资 提振消费扩大内需 加强招商引资工作 支持专精特新中小企业发展 推动经济持续回升向好
  深化放管服改革 加快建设现代化产业体系
`)

/** Framework shorthands, quoted in the text as “3+3+N”. */
export const FRAMEWORKS = words(`3+3+N 1+N 4+6+X 1+3+5 2+8+N 5+5 1+2+N 6+1 3+5+2 1+4+X`)

export const SYSTEMS = words(`产业体系 政策体系 工作体系 服务体系 责任体系 制度框架`)

export const ACTIONS = words(
  `持续优化 全面深化 加快推进 大力实施 着力构建 纵深推进 扎实推进 统筹推进`,
)

/** Concrete measures listed in policy packages. */
export const MEASURES = words(`
  减税降费 惠企政策直达快享 企业开办一日办结 用地用能保障 首台套首批次奖励 研发费用补助 稳岗扩岗补贴
  贷款贴息 人才安居补贴 项目代办帮办 免申即享 包容审慎监管 信用修复 拿地即开工 标准地出让
`)

export const PROJECT_KINDS = words(`重大产业 亿元以上 十亿元以上 外资 总部 科创 数字化`)

/** Meeting headlines: “X市召开优化营商环境推进会”. */
export const TITLE_EVENTS = words(`
  召开优化营商环境推进会 召开招商引资工作大会 召开高质量发展大会 举行重大项目集中开工活动
  召开民营企业座谈会 召开经济运行分析会 举行重点项目集中签约仪式 召开数字经济发展大会
  召开“项目攻坚年”动员部署会 召开科技创新大会
`)

export const OPENERS = words(
  `今年以来 近年来 一季度 上半年 前三季度 去年 “十四五”以来 党的二十大以来`,
)

export const EMPHASES = words(`会议强调 会议指出 会议要求 会上 据介绍 据悉`)

export const SURNAMES = words(`王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 高`)

export const GIVEN_NAMES = words(
  `伟 芳 娜 敏 静 强 磊 洋 艳 勇 军 杰 娟 涛 明 超 秀英 晓东 海燕 建华`,
)
