/**
 * The peer of bench:peers: what a team would build in a day with Neo4j's own GraphQL library
 * (@neo4j/graphql 7) over ChainLift's Neo4j graph — an Apollo Server 5 on Express 5 (the packages
 * the gateway runs) serving generated queries over the nodes the projector writes (Company, Chain,
 * PurchaseOrder, StockPosition, Product) and @cypher fields for what generated filters cannot say:
 * tiers (shortest supply distance to the leader), supplier KPIs, a consented stock view and
 * single-source risks. It reads the same database as the gateway and writes nothing.
 *
 * What it leaves out, which ChainLift does on every request: authentication and authorization (the
 * viewer and the buyer are arguments here), audit records of shared-data reads, and consents that
 * name no products (those follow the viewer's confirmed orders in ChainLift). Each leaves it less
 * to do, so the comparison is, if anything, kind to it.
 *
 * It compresses its answers as the gateway does (the `compression` middleware with its defaults),
 * so the two differ in what they compute, not in what they put on the wire.
 *
 * Run as a child process like the gateway: `PORT=… NEO4J_URI=… tsx peer-neo4j-graphql.ts`.
 */
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import compression from 'compression';
import express from 'express';
import neo4j, { type Driver } from 'neo4j-driver';

/** Member statuses that place a company in a chain's network (the domain's IN_NETWORK). */
const IN_NETWORK = `['INVITED', 'ACTIVE', 'SUSPENDED']`;
/** A supply path that stays inside the chain's network. */
const IN_CHAIN = `all(n IN nodes(p) WHERE n = leader OR EXISTS { (n)-[mm:MEMBER_OF]->(this) WHERE mm.status IN ${IN_NETWORK} })`;

export const PEER_TYPE_DEFS = /* GraphQL */ `
  type SupplyLink @relationshipProperties {
    products: [String!]
  }

  type Membership @relationshipProperties {
    status: String!
  }

  type Company @node {
    id: ID!
    name: String!
    uscc: String!
    kind: String
    region: String
    industry: String
    suppliesTo: [Company!]! @relationship(type: "SUPPLIES", direction: OUT, properties: "SupplyLink")
    suppliers: [Company!]! @relationship(type: "SUPPLIES", direction: IN, properties: "SupplyLink")
    chains: [Chain!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "Membership")
    placed: [PurchaseOrder!]! @relationship(type: "PLACED", direction: OUT)
    received: [PurchaseOrder!]! @relationship(type: "TO", direction: IN)
    stock: [StockPosition!]! @relationship(type: "HOLDS", direction: OUT)
    "The company's stock the viewer may see: the products its active INVENTORY consents to the viewer name."
    sharedStock(viewerId: ID!): [StockPosition!]!
      @cypher(
        statement: """
        MATCH (this)-[:GRANTS]->(c:Consent {scope: 'INVENTORY', status: 'ACTIVE'})-[:TO]->(:Company {id: $viewerId})
        WHERE c.expiresAt IS NULL OR c.expiresAt > datetime()
        UNWIND coalesce(c.products, []) AS named
        WITH this, collect(DISTINCT named) AS named
        MATCH (this)-[:HOLDS]->(sp:StockPosition)
        WHERE sp.sku IN named OR sp.productName IN named
        RETURN DISTINCT sp
        """
        columnName: "sp"
      )
  }

  type Chain @node {
    id: ID!
    name: String!
    leaderId: ID!
    leader: Company @relationship(type: "LEADS", direction: IN)
    members: [Company!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "Membership")
    "Members within maxDepth supply steps of the leader, with their tier (shortest distance)."
    network(maxDepth: Int = 4): [NetworkMember!]!
      @cypher(
        statement: """
        MATCH (leader:Company {id: this.leaderId})
        MATCH (s:Company)-[m:MEMBER_OF]->(this)
        WHERE s <> leader AND m.status IN ${IN_NETWORK}
        MATCH p = shortestPath((s)-[:SUPPLIES*]->(leader))
        WHERE ${IN_CHAIN}
        WITH s, m, length(p) AS tier
        WHERE tier <= $maxDepth
        RETURN { id: s.id, name: s.name, region: s.region, status: m.status, tier: tier } AS member
        """
        columnName: "member"
      )
    "Supply links between members of the network (the leader included)."
    links: [Link!]!
      @cypher(
        statement: """
        MATCH (this)<-[ms:MEMBER_OF]-(s:Company)-[:SUPPLIES]->(b:Company)-[mb:MEMBER_OF]->(this)
        WHERE ms.status IN ${IN_NETWORK} AND mb.status IN ${IN_NETWORK}
        RETURN { supplierId: s.id, buyerId: b.id } AS link
        """
        columnName: "link"
      )
    "Products a buyer in the network (reaching the leader) gets from exactly one supplier."
    singleSourceRisks: [SingleSourceRisk!]!
      @cypher(
        statement: """
        MATCH (leader:Company {id: this.leaderId})
        MATCH (this)<-[ms:MEMBER_OF]-(s:Company)-[l:SUPPLIES]->(b:Company)-[mb:MEMBER_OF]->(this)
        WHERE ms.status IN ${IN_NETWORK} AND mb.status IN ${IN_NETWORK}
        UNWIND coalesce(l.products, []) AS product
        WITH leader, b, product, collect(DISTINCT s) AS sources
        WHERE size(sources) = 1
        CALL (leader, b) {
          WITH leader, b WHERE b = leader
          RETURN 0 AS buyerTier
          UNION
          WITH leader, b WHERE b <> leader
          MATCH p = shortestPath((b)-[:SUPPLIES*]->(leader))
          WHERE ${IN_CHAIN}
          RETURN length(p) AS buyerTier
        }
        WITH b, product, sources[0] AS s, buyerTier
        RETURN { buyerId: b.id, buyerName: b.name, product: product, supplierId: s.id,
                 supplierName: s.name, buyerTier: buyerTier } AS risk
        """
        columnName: "risk"
      )
  }

  type PurchaseOrder @node {
    id: ID!
    number: String!
    status: String!
    buyerId: ID!
    supplierId: ID!
    currency: String!
    totalFen: BigInt!
    placedOn: Date!
    promisedDate: Date!
    deliveredOn: Date
    buyer: Company @relationship(type: "PLACED", direction: IN)
    supplier: Company @relationship(type: "TO", direction: OUT)
  }

  type Product @node {
    sku: ID!
  }

  type StockPosition @node {
    id: ID!
    companyId: ID!
    sku: String!
    warehouse: String!
    quantity: Int!
    "The product's name as the holder gave it (the shared Product node's name is nobody's)."
    productName: String!
    updatedAt: DateTime!
    product: Product @relationship(type: "OF", direction: OUT)
  }

  type NetworkMember {
    id: ID!
    name: String!
    region: String
    status: String!
    tier: Int!
  }

  type Link {
    supplierId: ID!
    buyerId: ID!
  }

  type SingleSourceRisk {
    buyerId: ID!
    buyerName: String!
    product: String!
    supplierId: ID!
    supplierName: String!
    buyerTier: Int!
  }

  type SupplierKpi {
    supplierId: ID!
    supplierName: String!
    currency: String!
    orders: Int!
    delivered: Int!
    onTime: Int!
    onTimePerMille: Int
    "Integer fen, as a string (sums pass 2^31)."
    openValueFen: String!
    leadTimeDaysTenths: Int
  }

  type Query {
    "KPIs of a buyer's suppliers, from its orders (the domain's rule: open = placed, confirmed or shipped)."
    supplierKpis(buyerId: ID!): [SupplierKpi!]!
      @cypher(
        statement: """
        MATCH (:Company {id: $buyerId})-[:PLACED]->(o:PurchaseOrder)-[:TO]->(s:Company)
        WITH s, o.currency AS currency,
             count(o) AS orders,
             count(CASE WHEN o.status IN ['DELIVERED', 'INVOICED'] AND o.deliveredOn IS NOT NULL THEN 1 END) AS delivered,
             count(CASE WHEN o.status IN ['DELIVERED', 'INVOICED'] AND o.deliveredOn <= o.promisedDate THEN 1 END) AS onTime,
             sum(CASE WHEN o.status IN ['PLACED', 'CONFIRMED', 'SHIPPED'] THEN o.totalFen ELSE 0 END) AS openValueFen,
             sum(CASE WHEN o.status IN ['DELIVERED', 'INVOICED'] AND o.deliveredOn IS NOT NULL
                      THEN duration.inDays(o.placedOn, o.deliveredOn).days ELSE 0 END) AS leadDays
        RETURN { supplierId: s.id, supplierName: s.name, currency: currency, orders: orders,
                 delivered: delivered, onTime: onTime,
                 onTimePerMille: CASE WHEN delivered = 0 THEN null ELSE toInteger(round(onTime * 1000.0 / delivered)) END,
                 openValueFen: toString(openValueFen),
                 leadTimeDaysTenths: CASE WHEN delivered = 0 THEN null ELSE toInteger(round(leadDays * 10.0 / delivered)) END
               } AS kpi
        """
        columnName: "kpi"
      )
  }
`;

/** The peer's executable schema over `driver` (building it needs no database). */
export function peerSchema(driver: Driver) {
  return new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
}

async function main() {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set');
  const password = process.env.NEO4J_PASSWORD ?? '';
  const driver = neo4j.driver(
    uri,
    password === '' ? undefined : neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', password),
  );
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({ schema: await peerSchema(driver) });
  await apollo.start();
  // Answers are compressed as the gateway's are (same middleware, same defaults): both servers do the
  // same transport work for the same client.
  app.use(compression());
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo));
  const port = Number(process.env.PORT ?? 0);
  await new Promise<void>((resolve) => httpServer.listen(port, '127.0.0.1', resolve));
  console.log(JSON.stringify({ msg: 'peer listening', port }));
  const stop = () =>
    void apollo
      .stop()
      .then(() => driver.close())
      .finally(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
