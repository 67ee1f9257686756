/**
 * The columns the importer recognises, per kind of file: each field with the headers that name
 * it, in order of preference (where a file has two that fit, say 注册地址 and 通信地址, the
 * earlier wins and the other is left unread). Headers are compared after normalizeHeader, so
 * full-width and ASCII parentheses, spaces and letter case do not matter here. Sources of the
 * vendors' headers: ../shared/IMPORT.md §1.
 */
export const fieldSynonyms = {
  firms: {
    name: ['企业名称', '公司名称', '单位名称', '单位详细名称', '系统匹配企业名称', 'company name', 'enterprise name', 'firm name', 'name'],
    creditCode: ['统一社会信用代码', '社会信用代码', '信用代码', 'unified social credit code', 'credit code', 'uscc'],
    legalRepresentative: ['法定代表人', '法人代表', '法人', 'legal representative'],
    foundedOn: ['成立日期', '成立时间', '注册日期', 'date of establishment', 'established', 'founded'],
    registeredCapital: ['注册资本', '注册资金', 'registered capital'],
    status: ['企业状态', '登记状态', '经营状态', '状态', 'status', 'registration status'],
    province: ['所属省份', '省份', 'province'],
    city: ['所属城市', '城市', '地市', 'city'],
    county: ['所属区县', '区县', '县区', 'county', 'district'],
    // One string for the three levels, as in 企查查's monthly files: 江苏-苏州市-吴中区.
    regionText: ['所属地区', '地区', '行政区划', 'region'],
    park: ['所在园区', '所属园区', '园区', 'park'],
    address: ['注册地址', '企业地址', '住所', '通信地址', '最新年报地址', 'registered address', 'address'],
    industrySection: ['国标行业门类', '行业门类', 'industry section'],
    industryDivision: ['国标行业大类', '行业大类', 'industry division'],
    industryGroup: ['国标行业中类', '行业中类', 'industry group'],
    industryClass: ['国标行业小类', '行业小类', '所属行业', '行业类别', 'industry class', 'industry'],
    businessScope: ['经营范围', 'business scope'],
    firmType: ['企业类型', '企业(机构)类型', '公司类型', '企业类别', 'company type', 'enterprise type'],
    tags: ['标签', '企业标签', 'tags'],
    note: ['数据说明', '备注', 'note', 'notes', 'remarks'],
  },
  projects: {
    // A ledger's own number for a project: where a file has one, it is the project's identity.
    id: ['项目编号', '项目代码', '项目ID', '项目id', 'project id', 'project no', 'id'],
    name: ['项目名称', 'project name', 'project'],
    investor: ['投资方', '签约企业', '投资主体', '投资企业', '投资单位', '项目业主', 'investor'],
    investment: ['总投资', '总投资额', '投资总额', '计划总投资', '投资额', 'total investment', 'investment'],
    signedOn: ['签约日期', '签约时间', 'signed on', 'signing date'],
    status: ['状态', '项目状态', '项目进展', '进展情况', 'status'],
    park: ['所在园区', '落户园区', '园区', 'park'],
    county: ['所在区县', '所属区县', '区县', '县区', 'county', 'district'],
    chain: ['产业链', '所属产业链', 'industry chain', 'chain'],
    segment: ['环节', '产业链环节', 'segment'],
    liaison: ['对接单位', '责任单位', '对接部门', 'liaison'],
    note: ['数据说明', '备注', 'note', 'notes', 'remarks'],
  },
} as const;

export type ImportKind = keyof typeof fieldSynonyms;
export type FirmField = keyof (typeof fieldSynonyms)['firms'];
export type ProjectField = keyof (typeof fieldSynonyms)['projects'];
export type Field = FirmField | ProjectField;
export const IMPORT_KINDS = Object.keys(fieldSynonyms) as ImportKind[];
