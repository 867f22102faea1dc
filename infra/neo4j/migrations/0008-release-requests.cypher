// Release requests (放货申请) under inventory loans: one node per request, listed per loan and status.
CREATE CONSTRAINT release_request_id IF NOT EXISTS FOR (r:ReleaseRequest) REQUIRE r.id IS UNIQUE;
CREATE INDEX release_request_loan IF NOT EXISTS FOR (r:ReleaseRequest) ON (r.loanId, r.status);
