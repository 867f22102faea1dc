// A company's GB/T 2260 division (Company.regionCode): an authority's regional view finds its
// region's companies by code prefix (STARTS WITH uses this range index).
CREATE INDEX company_region_code IF NOT EXISTS FOR (c:Company) ON (c.regionCode);
