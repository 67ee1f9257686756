import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/database.ts';
import { graphqlData } from '../helpers/graphql.ts';

const db = await testDatabase();

const data = graphqlData(db);

const provenance = 'sources { key title publishedOn } evidence';
const observations = `observations { indicator indicatorName period value unit ${provenance} }`;

// Each fact below was read from the article text itself (seed/articles/sources/), not from the seed files.
describe('000 扭转工业负增长局面 新干如何逆势破局? (大江网, 2024-05-23)', () => {
  it('has 新干县’s 2024-Q1 industrial value-added growth of -2.9%, with its sentence', async () => {
    const { region } = await data(`{ region(code: "360824") { ${observations} } }`);
    const figure = region.observations.find((o: any) => o.indicator === 'industrial_value_added_growth' && o.period === '2024-Q1');
    expect(figure).toMatchObject({ value: -2.9, unit: 'percent', indicatorName: '规模以上工业增加值同比增速', sources: [{ key: 'xingan-industry-2024q1', publishedOn: '2024-05-23' }] });
    expect(figure.evidence[0]).toContain('新干县规上工业增加值下跌2.9%');
  });

  it('has the capsule project signed on 27 February 2024 in 峡江县 by 江西赣南制药', async () => {
    const { project } = await data(
      `{ project(id: "gannan-pharma-capsules-xiajiang") { signedOn capacity status firm { name } place { ... on Region { name } } } }`,
    );
    expect(project).toEqual({ signedOn: '2024-02-27', capacity: '年产100亿套胶囊', status: 'SIGNED', firm: { name: '江西赣南制药有限公司' }, place: { name: '峡江县' } });
  });

  it('places 江西赣中变压器 in 新干县 and 峡江县’s 生物医药 as its leading (首位) chain', async () => {
    const { firm, region } = await data(`{ firm(id: "jiangxi-ganzhong-transformer") { name location { ... on Region { code } } }
      region(code: "360823") { focuses { role chain { key } } } }`);
    expect(firm).toEqual({ name: '江西赣中变压器有限公司', location: { code: '360824' } });
    expect(region.focuses).toContainEqual({ role: 'LEADING', chain: { key: 'biomedicine' } });
  });
});

describe('001 安義高新園區 (Traditional characters)', () => {
  it('has the park’s planned investment for the year of 137.31亿元 in yuan', async () => {
    const { park } = await data(`{ park(id: "anyi-hi-tech-park") { name level region { name } ${observations} } }`);
    expect(park).toMatchObject({ name: '安义高新园区', level: 'PROVINCIAL', region: { name: '安义县' } });
    const figure = park.observations.find((o: any) => o.indicator === 'annual_planned_investment');
    expect(figure).toMatchObject({ value: 13_731_000_000, unit: 'cny', period: '2022' });
    expect(figure.evidence[0]).toContain('年度計劃投資137.31億元');
  });

  it('has 沐邦高科 in the park, its project there, and the park’s aluminium-profile cluster', async () => {
    const { firm, park } = await data(`{ firm(id: "mubang-hi-tech") { name park { key } projects { key place { ... on Park { key } } } }
      park(id: "anyi-hi-tech-park") { focuses { role chain { key } } } }`);
    expect(firm).toEqual({ name: '沐邦高科', park: { key: 'anyi-hi-tech-park' }, projects: [{ key: 'mubang-hi-tech-anyi', place: { key: 'anyi-hi-tech-park' } }] });
    expect(park.focuses).toContainEqual({ role: 'CLUSTER', chain: { key: 'aluminium-profiles' } });
  });

  it('counts 17 aluminium-profile firms granted 政商產業貸 loans, not 17 aluminium-profile firms in all', async () => {
    // 「為17家鋁型材企業審批“政商產業貸”貸款1.19億元」: the article gives no count of all the park's aluminium-profile firms.
    const { park } = await data(`{ park(id: "anyi-hi-tech-park") { observations { indicator value scope chain { key } } } }`);
    const firms = park.observations.filter((o: any) => o.indicator === 'firms_count' && o.chain?.key === 'aluminium-profiles');
    expect(firms).toEqual([{ indicator: 'firms_count', value: 17, scope: '鋁型材企業審批“政商產業貸”貸款', chain: { key: 'aluminium-profiles' } }]);
  });

  it('has 安義縣 and 南昌市 each focused on lighting, role not stated', async () => {
    // 「發揮好南昌及安義在照明產業上的優勢,對接好佛山及中山照明行業」
    const { county, city } = await data(`{ county: region(code: "360123") { focuses { role chain { key } place { ... on Region { code } } } }
      city: region(code: "3601") { focuses { role chain { key } place { ... on Region { code } } } } }`);
    expect(county.focuses).toContainEqual({ role: null, chain: { key: 'lighting' }, place: { code: '360123' } });
    expect(city.focuses).toContainEqual({ role: null, chain: { key: 'lighting' }, place: { code: '3601' } });
  });
});

describe('002 郴州工業經濟高質量發展見聞 (Traditional characters)', () => {
  it('has 郴州市’s growth of 8.4% for January to November 2022', async () => {
    const { region } = await data(`{ region(code: "4310") { ${observations} } }`);
    expect(region.observations).toContainEqual(
      expect.objectContaining({ indicator: 'industrial_value_added_growth', period: '2022-01/2022-11', value: 8.4, unit: 'percent' }),
    );
  });

  it('has 上海安能’s 406亿元 project as 40,600,000,000 yuan', async () => {
    const { project } = await data(`{ project(id: "shanghai-anneng-chenzhou") { investmentCny status place { ... on Region { name } } ${provenance} } }`);
    expect(project).toMatchObject({ investmentCny: 40_600_000_000, place: { name: '郴州市' } });
    expect(project.evidence[0]).toContain('406億元');
  });

  it('has 湖南贝泓新材料 in 宜章氟化学工业园, in 宜章县, and 郴州’s lithium-battery cluster', async () => {
    const { firm, region } = await data(`{ firm(id: "hunan-beihong-new-materials") { park { name } region { name } }
      region(code: "4310") { focuses { role chain { key } } } }`);
    expect(firm).toEqual({ park: { name: '宜章氟化学工业园' }, region: { name: '宜章县' } });
    expect(region.focuses).toContainEqual({ role: 'CLUSTER', chain: { key: 'lithium-battery' } });
  });

  it('has 金贵银业’s planned acquisition of 宝山矿业, seen from both firms', async () => {
    const { buyer, target } = await data(`{
      buyer: firm(id: "jingui-silver") { relations { type direction firm { key } evidence } }
      target: firm(id: "baoshan-mining") { relations { type direction firm { key } } } }`);
    expect(buyer.relations).toContainEqual(expect.objectContaining({ type: 'ACQUIRES', direction: 'OUTGOING', firm: { key: 'baoshan-mining' } }));
    expect(buyer.relations[0].evidence[0]).toContain('擬全資收購寶山礦業');
    expect(target.relations).toContainEqual({ type: 'ACQUIRES', direction: 'INCOMING', firm: { key: 'jingui-silver' } });
  });

  it('places 金旺铋业 in 郴州市 (no county given), from the sentence on what happens in 該市', async () => {
    // 「與此同時,該市的金貴銀業擬全資收購寶山礦業,使之成為省屬國有企業;貴研鉑業正在積極推進金旺鉍業司法重組,打造稀貴金屬新材料示范創新基地。」
    const { firm } = await data(`{ firm(id: "jinwang-bismuth") { location { ... on Region { code } } evidence } }`);
    expect(firm.location).toEqual({ code: '4310' });
    expect(firm.evidence[0]).toContain('該市的金貴銀業');
  });
});

describe('003 萍乡 industrial transformation', () => {
  it('has 萍乡市’s 2022 PM2.5 of 33 µg/m³ and its electrical-porcelain pillar', async () => {
    const { region } = await data(`{ region(code: "3603") { ${observations} focuses { role chain { key } } } }`);
    expect(region.observations).toContainEqual(expect.objectContaining({ indicator: 'pm25_average_concentration', period: '2022', value: 33, unit: 'ug_per_m3' }));
    expect(region.focuses).toContainEqual({ role: 'PILLAR', chain: { key: 'electrical-porcelain' } });
  });

  it('places 大莲电瓷 in 芦溪县 and the 50MW power project in 萍乡市', async () => {
    const { firm, project } = await data(`{ firm(id: "dalian-electric-porcelain-jiangxi") { region { name } }
      project(id: "fangda-pingan-50mw-power") { place { ... on Region { name } } } }`);
    expect(firm).toEqual({ region: { name: '芦溪县' } });
    expect(project).toEqual({ place: { name: '萍乡市' } });
  });

  it('has 百斯特电瓷’s technical renovation in production: the whole process automated and capacity raised', async () => {
    // 「……通过技术改造,实现了粗炼、精炼、修坯、上釉、烧制到胶装整个流程的全自动化……」「通过设备和工艺升级,使产能得到大幅提升。」
    const { project } = await data(`{ project(id: "best-electric-porcelain-tech-renovation") { status place { ... on Region { code } } } }`);
    expect(project).toEqual({ status: 'IN_PRODUCTION', place: { code: '3603' } });
  });

  it('has no vehicles or textiles made by the two former (原) firms whose idle plants were taken over', async () => {
    // 「……进驻原江西紫金江发汽车有限厂内盘活土地230亩;」「……入驻原江西嘉鑫纺织品有限公司盘活土地150亩;」
    const { a, b } = await data(`{ a: firm(id: "jiangxi-zijin-jiangfa-automobile") { makes { key } region { code } }
      b: firm(id: "jiangxi-jiaxin-textiles") { makes { key } region { code } } }`);
    expect([a, b]).toEqual([{ makes: [], region: { code: '360323' } }, { makes: [], region: { code: '360323' } }]);
  });
});

describe('004 吉安 industry, 2019', () => {
  it('has 吉安市’s growth of 9% for January to November 2019 and electronic information as its leading chain', async () => {
    const { region } = await data(`{ region(code: "3608") { ${observations} focuses { role chain { key } } } }`);
    expect(region.observations).toContainEqual(expect.objectContaining({ indicator: 'industrial_value_added_growth', period: '2019-01/2019-11', value: 9 }));
    expect(region.focuses).toContainEqual({ role: 'LEADING', chain: { key: 'electronic-information' } });
  });

  it('has 立讯智造 in 吉安市 and 立景创新’s project there', async () => {
    const { firm, project } = await data(`{ firm(id: "luxshare-intelligent-manufacturing") { name region { name } }
      project(id: "lijing-innovation-jian") { place { ... on Region { name } } } }`);
    expect(firm).toEqual({ name: '立讯智造', region: { name: '吉安市' } });
    expect(project).toEqual({ place: { name: '吉安市' } });
  });

  it('tells apart the two 营业收入 2019 forecasts: 1400亿元 of the 电子信息产业, 700亿元 of the 大健康产业', async () => {
    // 「……预计全年可实现营收1400亿元」 (电子信息首位产业) and 「大健康产业……预计全年实现营业收入700亿元,增长20%……」
    const { region } = await data(`{ region(code: "3608") { observations { indicator period value scope chain { key } evidence } } }`);
    const revenue = region.observations
      .filter((o: any) => o.indicator === 'operating_revenue' && o.period === '2019')
      .map((o: any) => [o.value, o.scope, o.chain.key])
      .sort((x: any, y: any) => x[0] - y[0]);
    expect(revenue).toEqual([[70_000_000_000, '大健康产业', 'big-health'], [140_000_000_000, '电子信息产业', 'electronic-information']]);
  });
});

describe('places include what lies below them', () => {
  it('counts 新干县’s firms among 吉安市’s and 江西省’s', async () => {
    const fields = 'firmCount firms(first: 500) { key }';
    const { county, city, province } = await data(`{ county: region(code: "360824") { ${fields} }
      city: region(code: "3608") { ${fields} } province: region(code: "36") { ${fields} } }`);
    expect(county.firms.length).toBeGreaterThan(0);
    expect(province.firmCount).toBe(province.firms.length);
    expect(county.firmCount).toBeLessThanOrEqual(city.firmCount);
    expect(city.firmCount).toBeLessThanOrEqual(province.firmCount);
    for (const { key } of county.firms) {
      expect(city.firms).toContainEqual({ key });
      expect(province.firms).toContainEqual({ key });
    }
  });
});

describe('chain templates', () => {
  it('has at least 15 chains of at least 8 segments across all three stages, each marked as general knowledge', async () => {
    const { chains: all } = await data(`{ chains { key basis segments { stage } } }`);
    const chains = all.filter((chain: any) => !chain.key.startsWith('fixture-'));
    expect(chains.length).toBeGreaterThanOrEqual(15);
    for (const chain of chains) {
      expect(chain.basis).toBe('general-industry-knowledge');
      expect(chain.segments.length).toBeGreaterThanOrEqual(8);
      expect(new Set(chain.segments.map((s: any) => s.stage))).toEqual(new Set(['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM']));
    }
  });

  it('leads from rock salt to lithium cells and from soda ash to PV glass along FEEDS, across chains', async () => {
    const { chains } = await data(`{ chains { key segments { key users { key } } } }`);
    const users = new Map<string, string[]>(chains.flatMap((c: any) => c.segments.map((s: any) => [s.key, s.users.map((u: any) => u.key)])));
    const reachable = (from: string) => {
      const seen = new Set([from]);
      const queue = [from];
      while (queue.length) for (const next of users.get(queue.shift()!) ?? []) if (!seen.has(next)) seen.add(next), queue.push(next);
      return seen;
    };
    expect(reachable('rock-salt-mining')).toContain('lipf6');
    expect(reachable('lipf6')).toContain('lithium-ion-cells');
    expect(users.get('soda-ash')).toContain('pv-glass');
  });
});
