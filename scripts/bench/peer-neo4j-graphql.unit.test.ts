import { parse, validate } from 'graphql';
import neo4j from 'neo4j-driver';
import { peerSchema } from './peer-neo4j-graphql';
import { peerQuestions } from './peer-questions';

describe("the @neo4j/graphql peer's type definitions", () => {
  it('build a schema in which every question bench:peers asks the peer is valid', async () => {
    // Building the schema connects to nothing; the driver is only handed over.
    const driver = neo4j.driver('bolt://127.0.0.1:1');
    try {
      const schema = await peerSchema(driver);
      for (const q of peerQuestions({ chainId: 'c', leaderId: 'l', stockOwnerId: 's' }))
        expect({ question: q.name, errors: validate(schema, parse(q.peer.query)) }).toEqual({
          question: q.name,
          errors: [],
        });
    } finally {
      await driver.close();
    }
  });
});
