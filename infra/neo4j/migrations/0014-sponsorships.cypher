// Matching: the leaders' sponsorships of service products (one ACTIVE per chain and product, checked by the
// projector's decider), and delivered engagements found by product for the measured outcomes.
CREATE CONSTRAINT sponsorship_id IF NOT EXISTS FOR (s:Sponsorship) REQUIRE s.id IS UNIQUE;
CREATE INDEX sponsorship_chain IF NOT EXISTS FOR (s:Sponsorship) ON (s.chainId, s.productId);
CREATE INDEX engagement_product IF NOT EXISTS FOR (e:Engagement) ON (e.productId);
