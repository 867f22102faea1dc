// Receivables, their parts and pledges; bank products.
CREATE CONSTRAINT receivable_id IF NOT EXISTS FOR (r:Receivable) REQUIRE r.id IS UNIQUE;
// The same order cannot back two receivables (only roots carry orderId) ...
CREATE CONSTRAINT receivable_order IF NOT EXISTS FOR (r:Receivable) REQUIRE r.orderId IS UNIQUE;
// ... nor the same invoice of one creditor.
CREATE CONSTRAINT receivable_invoice IF NOT EXISTS FOR (r:Receivable) REQUIRE (r.creditorId, r.invoiceNumber) IS UNIQUE;
CREATE INDEX receivable_root IF NOT EXISTS FOR (r:Receivable) ON (r.rootId);
CREATE INDEX receivable_holder IF NOT EXISTS FOR (r:Receivable) ON (r.holderId);
CREATE INDEX receivable_debtor IF NOT EXISTS FOR (r:Receivable) ON (r.debtorId);
CREATE CONSTRAINT pledge_id IF NOT EXISTS FOR (p:Pledge) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT pledge_register_number IF NOT EXISTS FOR (p:Pledge) REQUIRE p.registerNumber IS UNIQUE;
CREATE INDEX pledge_bank IF NOT EXISTS FOR (p:Pledge) ON (p.bankId);
// At most one active pledge per receivable or part: the projector checks, the constraint stands behind it
// (a claim node exists exactly while a pledge is REQUESTED, APPROVED or DISBURSED).
CREATE CONSTRAINT pledge_claim IF NOT EXISTS FOR (c:PledgeClaim) REQUIRE c.receivableId IS UNIQUE;
CREATE CONSTRAINT finance_product_id IF NOT EXISTS FOR (p:FinanceProduct) REQUIRE p.id IS UNIQUE;
// Inventory loans, their pledged goods, market prices and the alerts raised on them.
CREATE CONSTRAINT inventory_loan_id IF NOT EXISTS FOR (l:InventoryLoan) REQUIRE l.id IS UNIQUE;
CREATE INDEX inventory_loan_borrower IF NOT EXISTS FOR (l:InventoryLoan) ON (l.borrowerId);
CREATE INDEX pledged_goods_sku IF NOT EXISTS FOR (g:PledgedGoods) ON (g.sku);
CREATE CONSTRAINT price_sku IF NOT EXISTS FOR (p:Price) REQUIRE (p.sku, p.currency) IS UNIQUE;
CREATE CONSTRAINT alert_id IF NOT EXISTS FOR (a:Alert) REQUIRE a.id IS UNIQUE;
