// Market prices are kept per reporter (a bank's price values only its own loans), and warehouse
// receipts (what an operator holds for a company, per warehouse and product) value inventory collateral.
DROP CONSTRAINT price_sku IF EXISTS;
MATCH (p:Price) WHERE p.reporterId IS NULL DETACH DELETE p;
CREATE CONSTRAINT price_reporter_sku IF NOT EXISTS FOR (p:Price) REQUIRE (p.reporterId, p.sku, p.currency) IS UNIQUE;
CREATE CONSTRAINT warehouse_receipt_id IF NOT EXISTS FOR (w:WarehouseReceipt) REQUIRE w.id IS UNIQUE;
CREATE INDEX warehouse_receipt_holder IF NOT EXISTS FOR (w:WarehouseReceipt) ON (w.holderId);
CREATE INDEX warehouse_receipt_operator IF NOT EXISTS FOR (w:WarehouseReceipt) ON (w.operatorId);
