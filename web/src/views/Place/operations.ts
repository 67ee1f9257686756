import { graphql } from '../../generated';

/** What a region's dashboard shows: its ancestors, focused chains, parks, firms, projects and figures. */
export const RegionDashboard = graphql(`
  query RegionDashboard($code: String!) {
    region(code: $code) {
      id
      code
      name
      level
      parent { code name parent { code name } }
      focuses { role chain { key name nameEn } }
      parks { id key name level }
      firms { id name }
      projects { id name status investmentCny }
      observations { key indicator indicatorName indicatorNameEn period value unit }
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
      focuses { role chain { key name nameEn } }
      firms { id name }
      projects { id name status investmentCny }
      observations { key indicator indicatorName indicatorNameEn period value unit }
    }
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
        focuses { role chain { key name nameEn } }
      }
      chains {
        chain { key name nameEn }
        byRegion { region { code } focused role present thin missing }
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
