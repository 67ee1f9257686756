// Range indexes for the properties that filters and lookups use.
CREATE INDEX region_level IF NOT EXISTS FOR (r:Region) ON (r.level);
CREATE INDEX region_name IF NOT EXISTS FOR (r:Region) ON (r.name);
