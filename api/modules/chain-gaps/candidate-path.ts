import { graphEdge, type GraphEdgeRecord } from '../graph/graph-elements.ts';
import { globalId } from '../node/global-id.ts';
import type { NodeType } from '../node/resolvers.ts';
import type { GapCandidateRecord } from './chain-gaps.ts';

/** What `CandidatePath` answers: its nodes by type and key (loaded by the resolver), its edges whole. */
export interface CandidatePathElements {
  nodes: { type: NodeType; key: string }[];
  edges: GraphEdgeRecord[];
}

/**
 * The path that justifies a candidate: it MAKES the gap segment, which FEEDS (or is fed by) the
 * neighbour the place has, which a local firm MAKES. FEEDS runs from supplier to user, as in the graph.
 */
export function candidatePath({ firmId, gapSegment, path }: GapCandidateRecord): CandidatePathElements {
  const candidate = globalId('Firm', firmId);
  const gap = globalId('Segment', gapSegment);
  const nodes: CandidatePathElements['nodes'] = [{ type: 'Firm', key: firmId }, { type: 'Segment', key: gapSegment }];
  const edges = [graphEdge('MAKES', candidate, gap)];
  if (path.neighbour) {
    const neighbour = globalId('Segment', path.neighbour.segment);
    nodes.push({ type: 'Segment', key: path.neighbour.segment });
    edges.push(path.neighbour.gapFeedsIt ? graphEdge('FEEDS', gap, neighbour) : graphEdge('FEEDS', neighbour, gap));
    if (path.neighbour.localFirmId) {
      nodes.push({ type: 'Firm', key: path.neighbour.localFirmId });
      edges.push(graphEdge('MAKES', globalId('Firm', path.neighbour.localFirmId), neighbour));
    }
  }
  return { nodes, edges };
}
