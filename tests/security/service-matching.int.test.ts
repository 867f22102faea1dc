/**
 * Matching and sponsorship attacks (issue 18 items 2 and 4), through the real gateway, Kafka and
 * projector:
 *   - a company that is not the chain's leader sponsoring a product "for" the chain — through the
 *     gateway, and as a forged ProductSponsored straight on Kafka (the projector re-checks the leader);
 *   - a leader's OPERATOR committing the leader's money (ADMIN only), another leader ending it;
 *   - an SME reading another SME's recommendations (they rest on its assessment and evidence);
 *   - a leader reading its supplier's recommendations without the supplier's ASSESSMENT consent.
 */
import { randomUUID } from 'node:crypto';
import { answersFor, graphqlAnswers } from '../../scripts/seed/assessment-answers';
import { buildChainWorld, type ChainWorld } from '../support/chain-world';
import { publishStraightToKafka } from '../support/forged-events';
import { publishWarehousingProduct } from '../support/service-products';
import { codeOf, startTestApi, type Account, type TestApi } from '../support/platform';

let api: TestApi;
let w: ChainWorld;
let productId: string;

beforeAll(async () => {
  api = await startTestApi();
  w = await buildChainWorld(api);
  const provider = await api.user(await api.company('SERVICE_PROVIDER', '攻防数科'), 'ADMIN');
  productId = await publishWarehousingProduct(provider);
  const submitted = await w.t1a.gql(
    'mutation ($a: AssessmentAnswersInput) { submitAssessment(answers: $a) { id } }',
    { a: graphqlAnswers(answersFor(2, { 'warehousing-logistics': 1 })) },
  );
  expect(submitted.errors).toBeUndefined();
}, 180_000);
afterAll(() => api?.close());

const SPONSOR =
  'mutation ($i: SponsorProductInput!) { sponsorServiceProduct(input: $i) { id status } }';
const sponsor = (who: Account, share = '50') =>
  who.gql<{ sponsorServiceProduct: { id: string } }>(SPONSOR, {
    i: { chainId: w.chainId, productId, share },
  });
const sponsorships = async () =>
  (
    await api.cypher(
      'MATCH (s:Sponsorship {chainId: $c}) RETURN s.leaderId AS leaderId, s.status AS status',
      { c: w.chainId },
    )
  ).map((r) => r as { leaderId: string; status: string });

const RECOMMENDED =
  'query ($c: ID!) { recommendedProducts(companyId: $c) { items { product { id } } } }';

describe('sponsoring for a chain one does not lead', () => {
  it("a member (even its ADMIN) sponsoring for its leader's chain is FORBIDDEN; nothing is recorded", async () => {
    for (const who of [w.t1a, w.t2, w.outsider]) {
      const response = await sponsor(who);
      expect({ code: codeOf(response), data: response.data }).toEqual({
        code: 'FORBIDDEN',
        data: null,
      });
    }
    expect(await sponsorships()).toEqual([]);
  });

  it("the leader's OPERATOR cannot commit the leader's money: ADMIN only", async () => {
    const operator = await api.user(w.leader.companyId, 'OPERATOR');
    expect(codeOf(await sponsor(operator))).toBe('FORBIDDEN');
    expect(await sponsorships()).toEqual([]);
  });

  it('a forged ProductSponsored on Kafka naming a member as leader is REJECTED by the projector', async () => {
    const verdict = await publishStraightToKafka(
      api,
      'ProductSponsored',
      {
        sponsorshipId: randomUUID(),
        chainId: w.chainId,
        leaderId: w.t1a.companyId,
        productId,
        shareBp: 10_000,
      },
      w.t1a.companyId,
    );
    expect(verdict).toMatchObject({ status: 'REJECTED', code: 'FORBIDDEN' });
    expect(await sponsorships()).toEqual([]);
  });

  it('another leader cannot end the chain’s sponsorship; the leader can', async () => {
    const { sponsorServiceProduct } = await w.leader.data<{
      sponsorServiceProduct: { id: string };
    }>(SPONSOR, { i: { chainId: w.chainId, productId, share: '50' } });
    const foreign = await api.user(await api.company('CHAIN_LEADER', '别家链主'), 'ADMIN');
    const END = 'mutation ($s: ID!) { endSponsorship(sponsorshipId: $s) { status } }';
    expect(codeOf(await foreign.gql(END, { s: sponsorServiceProduct.id }))).toBe('FORBIDDEN');
    expect(codeOf(await w.t1a.gql(END, { s: sponsorServiceProduct.id }))).toBe('FORBIDDEN');
    expect(await sponsorships()).toEqual([{ leaderId: w.leader.companyId, status: 'ACTIVE' }]);
    expect(codeOf(await w.leader.gql(END, { s: sponsorServiceProduct.id }))).toBe('OK');
  });
});

describe("reading another company's recommendations", () => {
  it("an SME reading another SME's recommendations is FORBIDDEN (same chain or not)", async () => {
    expect(codeOf(await w.t1a.gql(RECOMMENDED, { c: w.t1a.companyId }))).toBe('OK');
    for (const who of [w.t1b, w.t2, w.outsider]) {
      const response = await who.gql(RECOMMENDED, { c: w.t1a.companyId });
      expect({ code: codeOf(response), data: response.data }).toEqual({
        code: 'FORBIDDEN',
        data: null,
      });
    }
  });

  it('a leader without its supplier’s ASSESSMENT consent is FORBIDDEN; with it, the read is allowed and audited', async () => {
    const refused = await w.leader.gql(RECOMMENDED, { c: w.t1a.companyId });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0]!.message).toMatch(/ASSESSMENT consent/);
    // Another scope is not enough.
    await w.t1a.data(
      'mutation ($g: ID!) { grantConsent(granteeId: $g, scope: INVENTORY) { id } }',
      {
        g: w.leader.companyId,
      },
    );
    expect(codeOf(await w.leader.gql(RECOMMENDED, { c: w.t1a.companyId }))).toBe('FORBIDDEN');

    await w.t1a.data(
      'mutation ($g: ID!) { grantConsent(granteeId: $g, scope: ASSESSMENT) { id } }',
      {
        g: w.leader.companyId,
      },
    );
    const seen = await w.leader.data<{
      recommendedProducts: { items: { product: { id: string } }[] };
    }>(RECOMMENDED, { c: w.t1a.companyId });
    expect(seen.recommendedProducts.items.map((i) => i.product.id)).toContain(productId);
    const { accessLog } = await w.t1a.data<{
      accessLog: { viewer: { id: string }; what: string }[];
    }>('{ accessLog(scope: ASSESSMENT) { viewer { id } what } }');
    expect(accessLog).toContainEqual({
      viewer: { id: w.leader.companyId },
      what: 'service recommendations',
    });
    // A consent to the leader does not open the supplier's recommendations to another supplier.
    expect(codeOf(await w.t1b.gql(RECOMMENDED, { c: w.t1a.companyId }))).toBe('FORBIDDEN');
  });

  it('a bank with an ASSESSMENT consent is not the leader: FORBIDDEN', async () => {
    const bank = await api.user(await api.company('BANK', '看看银行'), 'ADMIN');
    await w.t1a.data(
      'mutation ($g: ID!) { grantConsent(granteeId: $g, scope: ASSESSMENT) { id } }',
      {
        g: bank.companyId,
      },
    );
    expect(codeOf(await bank.gql(RECOMMENDED, { c: w.t1a.companyId }))).toBe('FORBIDDEN');
  });
});
