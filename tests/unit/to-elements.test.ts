import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { mergeSubgraphs, toElements, withoutNodes, type Subgraph } from '../../web/src/lib/graph/to-elements.ts';

const county = { id: 'Region:360824', type: 'Region', label: '新干县', properties: { code: '360824' } };
const city = { id: 'Region:3608', type: 'Region', label: '吉安市', properties: { code: '3608' } };
const park = { id: 'Park:xingan-salt-chemical-city', type: 'Park', label: '新干盐化城', properties: {} };
const partOf = { id: 'PART_OF:Region:360824->Region:3608', source: county.id, target: city.id, type: 'PART_OF' };
const inCounty = { id: 'IN:Park:xingan-salt-chemical-city->Region:360824', source: park.id, target: county.id, type: 'IN' };

/** Two overlapping neighbourhoods, as expanding 新干县 and then 吉安市 returns them. */
const aroundCounty: Subgraph = { nodes: [county, city, park], edges: [partOf, inCounty] };
const aroundCity: Subgraph = { nodes: [city, county], edges: [partOf] };

function load(elements: ReturnType<typeof toElements>) {
  return cytoscape({ headless: true, elements });
}

describe('toElements', () => {
  it('converts nodes and edges that Cytoscape accepts, with label and type as data', () => {
    const cy = load(toElements(aroundCounty));
    expect(cy.nodes().map((node) => node.id()).sort()).toEqual([park.id, city.id, county.id].sort());
    expect(cy.edges().length).toBe(2);
    expect(cy.getElementById(county.id).data()).toMatchObject({ label: '新干县', type: 'Region' });
    const edge = cy.getElementById(partOf.id);
    expect([edge.source().id(), edge.target().id(), edge.data('type')]).toEqual([county.id, city.id, 'PART_OF']);
  });

  it('dedupes nodes and edges by id across merged neighbourhoods', () => {
    const merged = mergeSubgraphs(aroundCounty, aroundCity);
    expect(merged.nodes).toHaveLength(3);
    expect(merged.edges).toHaveLength(2);
    const cy = load(toElements(merged));
    expect([cy.nodes().length, cy.edges().length]).toEqual([3, 2]);
  });

  it('dedupes within one subgraph too, the later copy winning', () => {
    const renamed = { ...county, label: '新干县（新）' };
    const elements = toElements({ nodes: [county, renamed], edges: [partOf, partOf] });
    expect(elements.filter((element) => element.group === 'nodes')).toHaveLength(1);
    expect(load(elements).getElementById(county.id).data('label')).toBe('新干县（新）');
  });

  it('leaves out hidden types and the edges that would dangle without them', () => {
    const cy = load(toElements(aroundCounty, new Set(['Park'])));
    expect(cy.nodes().map((node) => node.id()).sort()).toEqual([city.id, county.id].sort());
    expect(cy.edges().map((edge) => edge.id())).toEqual([partOf.id]);
  });

  it('writes on each node and edge what the captions make of it', () => {
    const captions = { node: (node: { label: string }) => `«${node.label}»`, edge: (type: string) => type.toLowerCase() };
    const cy = load(toElements(aroundCounty, new Set(), captions));
    expect(cy.getElementById(county.id).data('label')).toBe('«新干县»');
    expect(cy.getElementById(partOf.id).data()).toMatchObject({ type: 'PART_OF', label: 'part_of' });
  });

  it('removes a node with the relationships that touch it', () => {
    const cy = load(toElements(withoutNodes(aroundCounty, new Set([county.id]))));
    expect(cy.nodes().map((node) => node.id()).sort()).toEqual([park.id, city.id].sort());
    expect(cy.edges().length).toBe(0);
  });
});
