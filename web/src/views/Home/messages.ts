import { translator, type Messages } from '../../lib/i18n/i18n.svelte';

/** Text of the landing page. */
const messages: Messages<
  | 'title' | 'intro' | 'stories' | 'storiesIntro' | 'story.source' | 'howTo' | 'howTo.1' | 'howTo.2'
  | 'places' | 'places.more' | 'places.counts' | 'places.explore' | 'places.dashboard' | 'chains' | 'chains.counts'
> = {
  zh: {
    title: '从这里开始',
    intro: '图谱收录了五篇报道中的区域、园区、企业、招商项目和指标，以及它们所属的产业链。',
    stories: '报道中的产业链',
    storiesIntro: '每篇来源报道讲述的重点产业链，点击打开这条链在当地的产业链地图。',
    'story.source': '来源：《{title}》{publisher}',
    howTo: '怎样读产业链地图',
    'howTo.1': '产业链地图把一条产业链的环节从上游到下游排开，按本地的情况给每个环节着色：已有（本地有足够的生产企业）、薄弱（有，但不多）、待落地（只有已签约或在建的项目）。',
    'howTo.2': '未知表示现有数据没有提到本地的这一环节，并不等于没有；只有覆盖本地的完整企业名录中也没有时，才标为缺失。点击一个环节，可以看到它为何这样着色，以及可招引的企业。',
    places: '有数据的区域和园区',
    'places.more': '共 {total} 个，这里列出相关事实最多的 {shown} 个；其他的可在“区域看板”中搜索。',
    'places.counts': '{firms} 家企业 · {projects} 个项目 · {chains} 条重点产业链',
    'places.explore': '在图谱中查看',
    'places.dashboard': '区域看板',
    chains: '有数据的产业链',
    'chains.counts': '{places} 个地区重点发展 · {firms} 家企业 · {projects} 个项目',
  },
  en: {
    title: 'Start here',
    intro: 'The atlas holds the regions, parks, firms, investment projects and figures of five news articles, and the industry chains they belong to.',
    stories: 'The chains the articles tell of',
    storiesIntro: 'The chain each source article is about; click to open its chain map for that place.',
    'story.source': 'Source: “{title}” {publisher}',
    howTo: 'How to read a chain map',
    'howTo.1': 'A chain map lays out a chain’s segments from upstream to downstream and colours each by what the place has: present (enough local producers), thin (some, but few), coming (only signed or under construction projects).',
    'howTo.2': 'Unknown means our data does not speak of the segment there, which is not the same as its being absent; only a complete local roster of firms that lacks it makes it missing. Click a segment to see why it is coloured so, and which firms could fill it.',
    places: 'Places with data',
    'places.more': '{total} in all; these are the {shown} with the most facts. Find the others with the Place dashboard’s search.',
    'places.counts': '{firms} firms · {projects} projects · {chains} focus chains',
    'places.explore': 'Explore the graph',
    'places.dashboard': 'Place dashboard',
    chains: 'Chains with data',
    'chains.counts': 'focus of {places} places · {firms} firms · {projects} projects',
  },
};

export const t = translator(messages);
