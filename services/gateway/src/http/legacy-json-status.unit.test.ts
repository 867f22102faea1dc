import { acceptsLegacyJsonOnly } from './legacy-json-status';

describe('acceptsLegacyJsonOnly', () => {
  it('is true for a client that asks for application/json alone', () => {
    expect(acceptsLegacyJsonOnly('application/json')).toBe(true);
    expect(acceptsLegacyJsonOnly('application/json; charset=utf-8')).toBe(true);
  });
  it('is false when the new media type or a wildcard is accepted, or nothing is said', () => {
    expect(acceptsLegacyJsonOnly('application/graphql-response+json, application/json;q=0.9')).toBe(
      false,
    );
    expect(acceptsLegacyJsonOnly('*/*')).toBe(false);
    expect(acceptsLegacyJsonOnly('application/json, */*;q=0.5')).toBe(false);
    expect(acceptsLegacyJsonOnly(undefined)).toBe(false);
  });
});
