// Digital-level assessments: drafts and submissions (each submission its own node), improvement plans and tasks.
CREATE CONSTRAINT assessment_id IF NOT EXISTS FOR (a:Assessment) REQUIRE a.id IS UNIQUE;
CREATE INDEX assessment_company IF NOT EXISTS FOR (a:Assessment) ON (a.companyId, a.status);
CREATE CONSTRAINT improvement_plan_id IF NOT EXISTS FOR (p:ImprovementPlan) REQUIRE p.id IS UNIQUE;
CREATE INDEX improvement_plan_company IF NOT EXISTS FOR (p:ImprovementPlan) ON (p.companyId);
CREATE CONSTRAINT improvement_task_id IF NOT EXISTS FOR (t:ImprovementTask) REQUIRE t.id IS UNIQUE;
// Evidence: what each company sent per day, kind (STOCK, ORDER_PLACED, ORDER_ACTION) and channel (graphql, ingest, …), kept by the projector.
CREATE CONSTRAINT data_activity_key IF NOT EXISTS FOR (a:DataActivity) REQUIRE (a.companyId, a.day, a.kind, a.via) IS UNIQUE;
CREATE INDEX data_activity_company IF NOT EXISTS FOR (a:DataActivity) ON (a.companyId);
// The supplier side of the KPI read model (on-time deliveries of a supplier to all its buyers).
CREATE INDEX supplier_kpi_supplier IF NOT EXISTS FOR (k:SupplierKpi) ON (k.supplierId);
CREATE INDEX receivable_creditor IF NOT EXISTS FOR (r:Receivable) ON (r.creditorId);
