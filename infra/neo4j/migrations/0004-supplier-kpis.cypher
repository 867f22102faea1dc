// The supplier KPI read model: per (buyer, supplier, currency), totals kept current by the projector.
CREATE CONSTRAINT supplier_kpi_key IF NOT EXISTS FOR (k:SupplierKpi) REQUIRE (k.buyerId, k.supplierId, k.currency) IS UNIQUE;
CREATE INDEX supplier_kpi_buyer IF NOT EXISTS FOR (k:SupplierKpi) ON (k.buyerId);
// Orders listed by buyer or supplier seek on these.
CREATE INDEX order_buyer IF NOT EXISTS FOR (o:PurchaseOrder) ON (o.buyerId);
// Backfill for orders projected before this read model existed (a no-op on an empty graph).
MATCH (o:PurchaseOrder)
WITH o.buyerId AS buyerId, o.supplierId AS supplierId, o.currency AS currency,
     count(*) AS orders,
     count(CASE WHEN o.status IN ['DELIVERED', 'INVOICED'] AND o.deliveredOn IS NOT NULL THEN 1 END) AS delivered,
     count(CASE WHEN o.status IN ['DELIVERED', 'INVOICED'] AND o.deliveredOn <= o.promisedDate THEN 1 END) AS onTime,
     sum(CASE WHEN o.status IN ['PLACED', 'CONFIRMED', 'SHIPPED'] THEN o.totalFen ELSE 0 END) AS openValueFen,
     sum(CASE WHEN o.status IN ['DELIVERED', 'INVOICED'] AND o.deliveredOn IS NOT NULL THEN duration.inDays(o.placedOn, o.deliveredOn).days ELSE 0 END) AS leadDays
MERGE (k:SupplierKpi {buyerId: buyerId, supplierId: supplierId, currency: currency})
SET k.orders = orders, k.delivered = delivered, k.onTime = onTime, k.openValueFen = openValueFen, k.leadDays = leadDays;
