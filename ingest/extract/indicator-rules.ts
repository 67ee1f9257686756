import type { Quantity } from './quantities.ts';

/**
 * Which indicator of seed/indicators.yaml a quantity reports, from the words around it (the
 * clause before it, # for the number, and the words after it up to the next comma). Written
 * from what each indicator measures (its descriptionZh), checked in order: the first rule whose
 * unit fits and whose words occur wins.
 */
export const INDICATOR_RULES: { unit: Quantity['unit'][]; measure?: RegExp; words: RegExp; indicator: string }[] = [
  { unit: ['percent'], words: /技改投资占.*比重|技改.*比重/, indicator: 'technical_renovation_investment_share' },
  { unit: ['percent'], words: /技改投资/, indicator: 'technical_renovation_investment_growth' },
  { unit: ['percent'], words: /增加值|工业增速/, indicator: 'industrial_value_added_growth' },
  { unit: ['percent'], words: /工业投资/, indicator: 'industrial_investment_growth' },
  { unit: ['percent'], words: /开工率/, indicator: 'project_start_rate' },
  { unit: ['percent'], words: /投产率/, indicator: 'project_production_rate' },
  { unit: ['percent'], words: /(完成|占|佔)(了)?(年度|全年|年)?计划/, indicator: 'planned_investment_completion_rate' },
  { unit: ['percent'], words: /清偿进度|偿还进度/, indicator: 'private_firm_arrears_repayment_rate' },
  { unit: ['percent'], words: /营业收入|营收|主营业务收入/, indicator: 'operating_revenue_growth' },
  { unit: ['percent'], words: /税收/, indicator: 'tax_revenue_growth' },
  { unit: ['percent'], words: /总产值/, indicator: 'gross_industrial_output_value_growth' },
  { unit: ['percent'], words: /贷款/, indicator: 'loans_approved_growth' },
  { unit: ['percent'], words: /PM2\.5.*(下降|上升|变化)|浓度.*同比/, indicator: 'pm25_concentration_change' },
  { unit: ['rank'], words: /改善幅度/, indicator: 'pm25_improvement_rank' },
  { unit: ['rank'], words: /增加值|工业增速/, indicator: 'industrial_value_added_growth_rank' },
  { unit: ['ug_per_m3'], words: /PM2\.5|浓度/, indicator: 'pm25_average_concentration' },
  { unit: ['cny'], words: /百元营业收入成本/, indicator: 'cost_per_100_yuan_revenue' },
  { unit: ['cny'], words: /年度计划投资|年计划投资/, indicator: 'annual_planned_investment' },
  { unit: ['cny'], words: /立项投资/, indicator: 'approved_project_investment' },
  { unit: ['cny'], words: /工业投资/, indicator: 'industrial_investment' },
  { unit: ['cny'], words: /完成投资/, indicator: 'completed_investment' },
  { unit: ['cny'], words: /总投资/, indicator: 'total_investment' },
  { unit: ['cny'], words: /签约金额|签约资金/, indicator: 'signed_investment' },
  { unit: ['cny'], words: /营业收入|营收|主营业务收入/, indicator: 'operating_revenue' },
  { unit: ['cny'], words: /实缴税金|缴税/, indicator: 'industrial_tax_paid' },
  { unit: ['cny'], words: /税收/, indicator: 'tax_revenue' },
  { unit: ['cny'], words: /总产值/, indicator: 'gross_industrial_output_value' },
  { unit: ['cny'], words: /贷款/, indicator: 'loans_approved' },
  { unit: ['cny'], words: /减免/, indicator: 'tax_fee_relief' },
  { unit: ['cny'], words: /稳岗返还/, indicator: 'job_stabilization_refunds' },
  { unit: ['cny'], words: /引导资金|引导基金/, indicator: 'guidance_fund_size' },
  { unit: ['cny'], words: /降低企业成本|降成本/, indicator: 'enterprise_cost_reduction' },
  { unit: ['cny'], words: /偿还/, indicator: 'private_firm_arrears_repaid' },
  { unit: ['cny'], words: /账款/, indicator: 'private_firm_arrears_cleared' },
  { unit: ['count'], measure: /家/, words: /比(去年|上年)同期多|比(去年|上年)同期增加/, indicator: 'above_designated_size_firms_yoy_change' },
  { unit: ['count'], measure: /家/, words: /拟入规/, indicator: 'firms_count' },
  { unit: ['count'], measure: /家/, words: /新增.{0,6}(入规|规上|规模以上)|入规.{0,4}新增/, indicator: 'new_above_designated_size_firms_count' },
  { unit: ['count'], measure: /家/, words: /(规上|规模以上|规模工业)(工业)?企业/, indicator: 'above_designated_size_firms_count' },
  { unit: ['count'], measure: /次/, words: /服务/, indicator: 'service_visits' },
  { unit: ['count'], measure: /名/, words: /专员|选派|服务/, indicator: 'service_staff_count' },
  { unit: ['count'], measure: /个/, words: /问题|诉求/, indicator: 'firm_issues_resolved' },
  { unit: ['count'], measure: /个/, words: /就业岗位|岗位/, indicator: 'jobs_stabilized' },
  { unit: ['count'], words: /#家.{0,4}(设计中心|技术中心|实验室|创新平台|研究院)|(设计中心|技术中心|实验室|创新平台|研究院).{0,2}#家/, indicator: 'innovation_platforms_count' },
  { unit: ['count'], words: /#项.{0,4}产品|产品.{0,4}#项|新产品/, indicator: 'products_count' },
  { unit: ['count'], words: /项目.{0,6}#(个|项)|#(个|项).{0,12}项目/, indicator: 'projects_count' },
  { unit: ['count'], words: /#家.{0,14}(企业|公司)|(企业|公司).{0,6}#家/, indicator: 'firms_count' },
  { unit: ['tonnes', 'gwh'], words: /年产|可形成|产能/, indicator: 'planned_annual_capacity' },
];

/** Words that only say how a figure moved: such a figure is of the indicator before it (完成工业投资1218.56亿元，同比增长24.0%). */
export const MOVEMENT_ONLY = /^[^\p{Script=Han}]*(同比|比上年|比去年)?(增长|增速|下降|下跌|减少|提高|上升|新增|增加|为|达|达到|实现|约|超过|超|#|[，,、（()）\s])*$/u;
