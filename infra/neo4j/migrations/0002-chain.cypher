// Accounts, chains, orders, inventory, consent and audit.
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (u:User) REQUIRE u.id IS UNIQUE;
CREATE CONSTRAINT user_email IF NOT EXISTS FOR (u:User) REQUIRE u.email IS UNIQUE;
CREATE CONSTRAINT chain_id IF NOT EXISTS FOR (c:Chain) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT order_id IF NOT EXISTS FOR (o:PurchaseOrder) REQUIRE o.id IS UNIQUE;
// One order number per buyer.
CREATE CONSTRAINT order_number_per_buyer IF NOT EXISTS FOR (o:PurchaseOrder) REQUIRE (o.buyerId, o.number) IS UNIQUE;
CREATE CONSTRAINT product_sku IF NOT EXISTS FOR (p:Product) REQUIRE p.sku IS UNIQUE;
CREATE CONSTRAINT stock_position_id IF NOT EXISTS FOR (s:StockPosition) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT warehouse_id IF NOT EXISTS FOR (w:Warehouse) REQUIRE w.id IS UNIQUE;
CREATE CONSTRAINT consent_id IF NOT EXISTS FOR (c:Consent) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT access_log_id IF NOT EXISTS FOR (a:AccessLog) REQUIRE a.id IS UNIQUE;
CREATE INDEX order_supplier IF NOT EXISTS FOR (o:PurchaseOrder) ON (o.supplierId);
CREATE INDEX order_buyer_status IF NOT EXISTS FOR (o:PurchaseOrder) ON (o.buyerId, o.status);
CREATE INDEX access_log_owner IF NOT EXISTS FOR (a:AccessLog) ON (a.ownerId, a.at);
CREATE INDEX consent_grantee IF NOT EXISTS FOR (c:Consent) ON (c.granteeId, c.scope);
