import type { ParkDashboardQuery, RegionDashboardQuery } from '../../generated/graphql';
import type { Place } from '../../lib/place/place-param';
import { listedInvestment, type InvestmentTotal } from './investment';

type Region = NonNullable<RegionDashboardQuery['region']>;
type Park = NonNullable<ParkDashboardQuery['park']>;
type Observation = Region['observations'][number];

/** A region or a park, in the one shape the dashboard shows. */
export interface Dashboard {
  name: string;
  /** The region's level, or `park`. */
  level: Region['level'] | 'park';
  /** The regions above it, the province first. */
  crumbs: { code: string; name: string }[];
  /** The place itself, for links to the other views and the API's arguments; a region can be compared with others. */
  scope: Place;
  focuses: Region['focuses'];
  /** The first parks, firms and projects the API lists, and how many there are in all. */
  parks: Region['parks'];
  parkCount: number;
  firms: Region['firms'];
  firmCount: number;
  projects: Region['projects'];
  projectCount: number;
  /**
   * The investment of all its projects and how many have an amount: summed here when every
   * project is listed, else null until the API's total is asked for (withInvestment in investment.ts).
   */
  investment: InvestmentTotal | null;
  observations: Observation[];
}

type Ancestor = { code: string; name: string; parent?: Ancestor | null } | null | undefined;

function lineage(region: Ancestor): { code: string; name: string }[] {
  const crumbs: { code: string; name: string }[] = [];
  for (let at = region; at; at = at.parent) crumbs.unshift({ code: at.code, name: at.name });
  return crumbs;
}

export function fromRegion(region: Region): Dashboard {
  return {
    name: region.name,
    level: region.level,
    crumbs: lineage(region.parent),
    scope: { regionCode: region.code },
    focuses: region.focuses,
    parks: region.parks,
    parkCount: region.parkCount,
    firms: region.firms,
    firmCount: region.firmCount,
    projects: region.projects,
    projectCount: region.projectCount,
    investment: listedInvestment(region.projects, region.projectCount),
    observations: region.observations,
  };
}

export function fromPark(park: Park): Dashboard {
  return {
    name: park.name,
    level: 'park',
    crumbs: lineage(park.region),
    scope: { parkId: park.key },
    focuses: park.focuses,
    parks: [],
    parkCount: 0,
    firms: park.firms,
    firmCount: park.firmCount,
    projects: park.projects,
    projectCount: park.projectCount,
    investment: listedInvestment(park.projects, park.projectCount),
    observations: park.observations,
  };
}
