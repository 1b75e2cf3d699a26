import { describe, expect, it } from 'vitest'
import { findCountTargets } from './count-targets'
import { detectPolicyPoints } from './detect'

/** The texts of the counted targets found in `text`. */
function counted(text: string): string[] {
  return findCountTargets(text).map((s) => s.text)
}

describe('counted build-or-win targets', () => {
  it('takes an object then its count where the text plans', () => {
    expect(counted('到2026年，累计建成5G基站1500个；培育数字经济规上企业50家。')).toEqual([
      '累计建成5G基站1500个',
      '培育数字经济规上企业50家',
    ])
    expect(counted('到2026年，建成5G基站1.8万个。')).toEqual(['建成5G基站1.8万个'])
    expect(counted('到2026年，建成市级以上智能工厂和数字化车间100个。')).toEqual([
      '建成市级以上智能工厂和数字化车间100个',
    ])
    expect(counted('我们将力争新培育跨境电商企业200家以上。')).toEqual([
      '新培育跨境电商企业200家以上',
    ])
  })
  it('takes each item of a list after one verb, and 签约/实施 counts', () => {
    expect(counted('到2027年，培育世界级产业集群2个、国家级先进制造业集群5个，形成链群。')).toEqual(
      ['培育世界级产业集群2个', '国家级先进制造业集群5个'],
    )
    expect(counted('今年的目标是：新签约亿元以上项目300个。全年要实施重点项目50个。')).toEqual([
      '新签约亿元以上项目300个',
      '实施重点项目50个',
    ])
  })
  it('takes a count then a place or body after the verb', () => {
    expect(counted('到2025年，宜州将建成3个产值超百亿元的产业园区。')).toEqual([
      '建成3个产值超百亿元的产业园区',
    ])
  })
  it('reads a plan heading or a 第N条 clause as planning', () => {
    expect(counted('三、重点任务\n（一）实施“强基”工程。新建5G基站500个以上。')).toEqual([
      '新建5G基站500个以上',
    ])
    expect(counted('第三条 每年认定市级专精特新企业100家。')).toEqual(['认定市级专精特新企业100家'])
  })
  it('takes 改造 and lengths or areas as counts (改造老旧小区286个, 新建改建城市道路58公里)', () => {
    expect(counted('今年全市计划改造老旧小区286个，新建改建城市道路58公里。')).toEqual([
      '改造老旧小区286个',
      '新建改建城市道路58公里',
    ])
  })
  it('counts people (名) and places (示范县) in a plan section', () => {
    expect(
      counted('二、下一步工作打算\n培育农村电商带头人1万名，打造10个省级电商示范县。'),
    ).toEqual(['培育农村电商带头人1万名', '打造10个省级电商示范县'])
  })
  it('leaves out what is already done and a count with no object', () => {
    expect(counted('今年计划改造老旧小区286个，目前已开工198个。')).toEqual(['改造老旧小区286个'])
    expect(counted('力争今年已建成5G基站1500个。')).toEqual([])
  })
  it('leaves out what was done, look backs and conditions', () => {
    expect(counted('去年，全市新建5G基站500个，引进亿元以上项目42个。')).toEqual([])
    expect(counted('截至目前，累计建成5G基站1500个。')).toEqual([])
    expect(counted('三、重点任务\n“十三五”以来，累计培育企业50家。')).toEqual([])
    expect(counted('力争对新引进企业5家的园区给予奖励。')).toEqual([])
  })
  it('needs two or more of a counted-first object, and a count that ends its clause', () => {
    expect(counted('到2025年，打造1个数字经济产业园。')).toEqual([])
    expect(counted('到2025年，建设单位3家企业联合体。')).toEqual([])
  })
  it('yields to a surer rule on the same words', () => {
    const spans = detectPolicyPoints('到2025年，打造2个“十亿级”跨境电商产业园。')
    expect(spans.map((s) => [s.kind, s.text])).toEqual([['target', '2个“十亿级”跨境电商产业园']])
  })
})
