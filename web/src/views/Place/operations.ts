import { graphql } from '../../generated';

/** What a region's and a park's dashboards both show: the fields of the schema's Locality. */
export const LocalityContents = graphql(`
  fragment LocalityContents on Locality {
    focuses { role chain { key name nameEn } }
    firmCount
    firms { id name }
    projectCount
    projects { id name status investmentCny }
    observations {
      key indicator indicatorName indicatorNameEn period value unit qualifier scopeZh
      chain { key name nameEn }
      segment { key name nameEn }
      benchmark { code name }
      sources { title }
    }
  }
`);

/**
 * What a region's dashboard shows: its ancestors, focused chains, figures, and the first parks,
 * firms and projects (the API's default of 50 each) with how many there are in all.
 */
export const RegionDashboard = graphql(`
  query RegionDashboard($code: String!) {
    region(code: $code) {
      id
      code
      name
      level
      parent { code name parent { code name } }
      parkCount
      parks { id key name level }
      ...LocalityContents
    }
  }
`);

/** The same for a park, with the region it sits in for the breadcrumb. */
export const ParkDashboard = graphql(`
  query ParkDashboard($id: ID!) {
    park(id: $id) {
      id
      key
      name
      level
      region { code name parent { code name parent { code name } } }
      ...LocalityContents
    }
  }
`);

/**
 * The investment of all of a place's projects, asked only when the dashboard lists part of
 * them (and the place is known to exist: the listing refuses an unknown place).
 */
export const PlaceInvestment = graphql(`
  query PlaceInvestment($filter: ProjectFilter!) {
    projects(filter: $filter, first: 0) { aggregate { totalInvestmentCny withInvestmentCount } }
  }
`);

/** Two regions side by side. */
export const ComparePlaces = graphql(`
  query ComparePlaces($codes: [String!]!) {
    compareRegions(codes: $codes) {
      places {
        region { code name }
        firmCount
        projectCount
        investmentCny
        withInvestmentCount
        focuses { role chain { key name nameEn } }
      }
      chains {
        chain { key name nameEn }
        byRegion { region { code } focused role present thin coming missing unknown }
      }
      figures {
        indicator
        indicatorName
        indicatorNameEn
        period
        unit
        values { region { code } value }
      }
    }
  }
`);
