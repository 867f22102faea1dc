/** Who is signed in: the user, their role and their company. Every role's home receives it. */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      name
      role
      company {
        id
        name
        kind
      }
    }
  }
`);

export type Me = NonNullable<ReturnType<typeof useMe>>;

export function useMe() {
  const { data } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  return data?.me;
}
