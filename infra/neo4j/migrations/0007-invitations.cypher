// Invitation links: one per invited company and chain, found by the hash of its one-time token.
CREATE CONSTRAINT invitation_token IF NOT EXISTS FOR (i:Invitation) REQUIRE i.tokenHash IS UNIQUE;
CREATE CONSTRAINT invitation_member IF NOT EXISTS FOR (i:Invitation) REQUIRE (i.chainId, i.companyId) IS UNIQUE;
