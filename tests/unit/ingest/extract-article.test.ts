import { describe, expect, it } from 'vitest';
import { ArticleExtractor } from '../../../ingest/extract/extract-article.ts';
import { seedGazetteer } from '../../../ingest/gazetteer/seed-gazetteer.ts';
import type { Proposal } from '../../../ingest/proposal.ts';
import { readSeed } from '../../../seed/read-seed.ts';
import { describeReasons } from '../../../ingest/reasons.ts';

const seed = readSeed();
const extractor = new ArticleExtractor({
  ...seedGazetteer(seed),
  firms: [{ id: 'ldk-solar', name: '江西赛维新能源有限公司', aliases: ['赛维新能源'] }],
  parks: [],
});

const of = <K extends Proposal['kind']>(proposals: Proposal[], kind: K) =>
  proposals.filter((p): p is Extract<Proposal, { kind: K }> => p.kind === kind);

describe('ArticleExtractor', () => {
  it('reads Traditional text, keeps its sentences verbatim and links a known firm by its Simplified name', () => {
    const text = '2月27日，峽江縣與江西賽維新能源有限公司簽約年產10GWh電池項目，總投資約50億元。';
    const proposals = extractor.extract({ text, publishedOn: '2024-05-23' });
    const [firm] = of(proposals, 'firm');
    expect(firm!.fields).toEqual({ name: '江西賽維新能源有限公司', known: 'ldk-solar' });
    expect(firm!.sentence).toBe(text);
    const [project] = of(proposals, 'project');
    expect(project!.fields).toMatchObject({
      name: '年產10GWh電池項目',
      firm: '江西賽維新能源有限公司',
      region: '360823',
      investmentCny: 5_000_000_000,
      amountQualifier: '约',
      capacity: '年产10GWh电池',
      status: 'signed',
      signedOn: '2024-02-27',
    });
    expect(project!.confidence).toBeGreaterThan(0);
    expect(project!.why).toContainEqual({ code: 'statusFrom', params: { word: expect.stringContaining('签约') } });
    expect(describeReasons(project!.why, 'zh')).toMatch(/状态取自「[^」]*签约[^」]*」/);
    expect(describeReasons(project!.why, 'en')).toMatch(/status from 「[^」]*签约[^」]*」/);
  });

  it('starts a firm’s name after the verb that introduces it, not at the date before it', () => {
    const proposals = extractor.extract({ text: '郴州市2024年3月5日签约湖南示例锂电新材料有限公司年产2万吨磷酸铁锂项目。', publishedOn: '2024-03-10' });
    expect(of(proposals, 'firm').map((p) => p.fields.name)).toEqual(['湖南示例锂电新材料有限公司']);
    expect(of(proposals, 'project')[0]!.fields.firm).toBe('湖南示例锂电新材料有限公司');
  });

  it('resolves short names and namesakes by the article’s own provinces', () => {
    const inJiangxi = extractor.extract({ text: '江西省南昌市西湖区工业增长。新干工业也增长。吉安全市增长。' });
    expect(of(inJiangxi, 'place').map((p) => p.fields.region)).toEqual(['36', '3601', '360103', '360824', '3608']);
    const inZhejiang = extractor.extract({ text: '浙江省杭州市西湖区工业增长。' });
    expect(of(inZhejiang, 'place').map((p) => p.fields.region)).toContain('330106');
    // 新兴 is a county of Guangdong, and a word: in a Jiangxi article it is the word.
    expect(of(extractor.extract({ text: '江西省吉安市培育新兴产业。' }), 'place').map((p) => p.fields.region)).toEqual(['36', '3608']);
  });

  it('proposes chain roles from the usual phrases, and figures from the closed list or as new indicators', () => {
    const proposals = extractor.extract({
      text: '新干县有两大主导产业，即盐化工、机械机电。2024年一季度，新干县规上工业增加值下跌2.9%，企业自主发电量占用电总量的43.1%。',
      publishedOn: '2024-05-23',
    });
    expect(of(proposals, 'focus').map((p) => p.fields)).toEqual([
      { region: '360824', chain: 'salt-chemical', role: 'pillar' },
      { region: '360824', chain: 'machinery-electromechanical', role: 'pillar' },
    ]);
    expect(of(proposals, 'figure').map((p) => p.fields)).toEqual([
      { region: '360824', indicator: 'industrial_value_added_growth', period: '2024-Q1', value: -2.9, unit: 'percent' },
    ]);
    expect(of(proposals, 'new-indicator')[0]!.fields).toMatchObject({ value: 43.1, unit: 'percent', period: '2024-Q1' });
  });
});

describe('ArticleExtractor on an article unlike the seed’s', () => {
  const text =
    '近日，赣州市南康区工业经济稳中有进。1至9月，南康区规上工业增加值同比增长7.5%，完成工业投资85.2亿元，同比增长12.3%。' +
    '9月28日，江西金凯家居有限公司年产50万套智能家居项目在南康经济开发区签约，总投资约12亿元。' +
    '此外，投资30亿元的华科新能源项目已开工建设。南康区把电子信息作为首位产业。';
  const proposals = extractor.extract({ text, publishedOn: '2024-10-08' });

  it('places a project where it was signed, with its investor, amount, qualifier and date, and no figure of that amount', () => {
    expect(of(proposals, 'project').map((p) => p.fields)).toEqual([
      {
        park: '南康经济开发区',
        name: '年产50万套智能家居项目',
        firm: '江西金凯家居有限公司',
        investmentCny: 1_200_000_000,
        amountQualifier: '约',
        capacity: '年产50万套智能家居',
        status: 'signed',
        signedOn: '2024-09-28',
      },
      { region: '360703', name: '华科新能源项目', firm: '华科新能源', investmentCny: 3_000_000_000, status: 'under_construction' },
    ]);
    expect(of(proposals, 'figure').map((p) => [p.fields.indicator, p.fields.period, p.fields.value])).toEqual([
      ['industrial_value_added_growth', '2024-01/2024-09', 7.5],
      ['industrial_investment', '2024-01/2024-09', 8_520_000_000],
      ['industrial_investment_growth', '2024-01/2024-09', 12.3],
    ]);
  });

  it('reads no chain from a firm’s name and no firm from a phrase', () => {
    expect(of(proposals, 'firm').map((p) => p.fields.name)).toEqual(['江西金凯家居有限公司', '华科新能源']);
    expect(of(proposals, 'focus').map((p) => p.fields)).toEqual([{ region: '360703', chain: 'electronic-information', role: 'leading' }]);
  });
});

describe('ArticleExtractor on a Traditional article that names no province', () => {
  const text =
    '今年以來，上饒經濟技術開發區加快打造光伏首位產業，1至5月完成工業總產值356.2億元，同比增長18.6%。' +
    '5月12日，晶科能源股份有限公司年產20GW高效電池項目在開發區開工，總投資約112億元。汽車產業是上饒的主導產業之一。';
  const proposals = extractor.extract({ text, publishedOn: '2024-06-20' });

  it('finds its city by a short name no other region shares, and its park after it', () => {
    expect(of(proposals, 'place').map((p) => p.fields.region)).toEqual(['3611', '3611']);
    expect(of(proposals, 'park').map((p) => p.fields)).toEqual([{ name: '上饒經濟技術開發區', region: '3611' }]);
  });

  it('reads roles, a figure and its growth, and a project with its capacity', () => {
    expect(of(proposals, 'focus').map((p) => [p.fields.park ?? p.fields.region, p.fields.chain, p.fields.role])).toEqual([
      ['上饶经济技术开发区', 'photovoltaic', 'leading'],
      ['3611', 'new-energy-vehicles', 'pillar'],
    ]);
    expect(of(proposals, 'figure').map((p) => [p.fields.indicator, p.fields.value])).toEqual([
      ['gross_industrial_output_value', 35_620_000_000],
      ['gross_industrial_output_value_growth', 18.6],
    ]);
    expect(of(proposals, 'project')[0]!.fields).toMatchObject({ capacity: '年产20GW高效电池', status: 'under_construction', investmentCny: 11_200_000_000 });
  });
});

describe('ArticleExtractor on projects signed with a county and still under negotiation', () => {
  const text =
    '3月8日，星火有机硅集团与永修县签订年产20万吨有机硅单体项目合同，计划投资近30亿元；另有江西蓝星星火有机硅有限公司扩建项目正在洽谈。';
  const proposals = extractor.extract({ text, publishedOn: '2024-04-02' });

  it('reads each project’s stage in its own clause, its investor across 与…签订, and 近 as the amount’s qualifier', () => {
    expect(of(proposals, 'project').map((p) => p.fields)).toEqual([
      {
        region: '360425',
        name: '年产20万吨有机硅单体项目',
        firm: '星火有机硅集团',
        investmentCny: 3_000_000_000,
        amountQualifier: '近',
        capacity: '年产20万吨有机硅单体',
        status: 'signed',
        signedOn: '2024-03-08',
      },
      { region: '360425', name: '扩建项目', firm: '江西蓝星星火有机硅有限公司', status: 'negotiating' },
    ]);
    expect(proposals.filter((p) => p.kind === 'figure' || p.kind === 'new-indicator')).toEqual([]);
  });
});

describe('figures that are not what they look like', () => {
  it('takes no period’s number, no threshold and no share for a figure of the closed list', () => {
    const proposals = extractor.extract({ text: '2023年，园区汽车产业实现营收超200亿元，占全区工业营收的35%。今年前4个月，园区新开工项目28个，其中10亿元以上项目5个。', publishedOn: '2024-05-10' });
    expect(of(proposals, 'figure').map((p) => [p.fields.indicator, p.fields.period, p.fields.value, p.fields.qualifier])).toEqual([
      ['operating_revenue', '2023', 20_000_000_000, 'more_than'],
      ['projects_count', '2024-01/2024-04', 28, undefined],
      ['projects_count', '2024-01/2024-04', 5, undefined],
    ]);
    expect(of(proposals, 'new-indicator').map((p) => p.fields.label)).toEqual(['占全区工业营收的35%']);
  });
});
