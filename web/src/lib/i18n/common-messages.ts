import type { FocusRole } from '../../generated/graphql';
import { translator, type Messages } from './i18n.svelte';

/** Text shared by every view: the shell, states, entity types. */
const messages: Messages<
  | 'app.title' | 'app.tagline' | 'nav.explore' | 'nav.chain' | 'nav.place' | 'nav.projects' | 'lang.switch'
  | 'api.down' | 'api.retry' | 'state.loading' | 'state.empty' | 'state.error'
  | 'type.Region' | 'type.Park' | 'type.Firm' | 'type.Chain' | 'type.Segment' | 'type.Project' | 'type.Source' | 'type.Observation' | 'type.Statement'
  | 'role.LEADING' | 'role.PILLAR' | 'role.KEY' | 'role.EMERGING' | 'role.CLUSTER' | 'role.none'
> = {
  zh: {
    'app.title': '产业链图谱',
    'app.tagline': '区域 · 园区 · 企业 · 产业链 · 招商项目',
    'nav.explore': '图谱探索',
    'nav.chain': '产业链地图',
    'nav.place': '区域看板',
    'nav.projects': '项目库',
    'lang.switch': 'English',
    'api.down': '无法连接服务器，请检查服务是否在运行。',
    'api.retry': '重试',
    'state.loading': '加载中…',
    'state.empty': '暂无数据',
    'state.error': '出错了：{message}',
    'type.Region': '区域',
    'type.Park': '园区',
    'type.Firm': '企业',
    'type.Chain': '产业链',
    'type.Segment': '环节',
    'type.Project': '项目',
    'type.Source': '来源',
    'type.Observation': '指标',
    'type.Statement': '陈述',
    // The phrases the articles use for each role (cypher/README.md).
    'role.LEADING': '首位产业',
    'role.PILLAR': '主导产业',
    'role.KEY': '重点产业链',
    'role.EMERGING': '新兴产业',
    'role.CLUSTER': '特色产业集群',
    'role.none': '角色未注明',
  },
  en: {
    'app.title': 'Chain Atlas',
    'app.tagline': 'Regions · parks · firms · industry chains · projects',
    'nav.explore': 'Explore',
    'nav.chain': 'Chain map',
    'nav.place': 'Place dashboard',
    'nav.projects': 'Projects',
    'lang.switch': '中文',
    'api.down': 'The server cannot be reached; check that it is running.',
    'api.retry': 'Retry',
    'state.loading': 'Loading…',
    'state.empty': 'Nothing here yet',
    'state.error': 'Something went wrong: {message}',
    'type.Region': 'Region',
    'type.Park': 'Park',
    'type.Firm': 'Firm',
    'type.Chain': 'Chain',
    'type.Segment': 'Segment',
    'type.Project': 'Project',
    'type.Source': 'Source',
    'type.Observation': 'Figure',
    'type.Statement': 'Statement',
    'role.LEADING': 'Leading',
    'role.PILLAR': 'Pillar',
    'role.KEY': 'Key',
    'role.EMERGING': 'Emerging',
    'role.CLUSTER': 'Cluster',
    'role.none': 'Role not stated',
  },
};

export const t = translator(messages);

/** The role a place gives a chain it focuses on, or that it names none. */
export function roleName(role: FocusRole | null): string {
  return t(role ? `role.${role}` : 'role.none');
}
