// Service providers' products (each version a node of its own) and engagements for improvement tasks.
CREATE CONSTRAINT service_product_id IF NOT EXISTS FOR (p:ServiceProduct) REQUIRE p.id IS UNIQUE;
CREATE INDEX service_product_provider IF NOT EXISTS FOR (p:ServiceProduct) ON (p.providerId);
CREATE CONSTRAINT service_product_version IF NOT EXISTS FOR (v:ServiceProductVersion) REQUIRE (v.productId, v.version) IS UNIQUE;
CREATE CONSTRAINT engagement_id IF NOT EXISTS FOR (e:Engagement) REQUIRE e.id IS UNIQUE;
CREATE INDEX engagement_company IF NOT EXISTS FOR (e:Engagement) ON (e.companyId);
CREATE INDEX engagement_provider IF NOT EXISTS FOR (e:Engagement) ON (e.providerId);
CREATE INDEX engagement_task IF NOT EXISTS FOR (e:Engagement) ON (e.taskId);
