// A stock position shows the product name its holder gave (docs/security.md finding 20). The shared
// Product node's name was the first reporter's, any company's, and is no longer kept. Positions
// projected before this migration show their SKU (never another company's name) until
// `npm run rebuild` replays their reports with the names their holders gave.
MATCH (sp:StockPosition) WHERE sp.productName IS NULL SET sp.productName = sp.sku;
MATCH (p:Product) WHERE p.name IS NOT NULL REMOVE p.name;
