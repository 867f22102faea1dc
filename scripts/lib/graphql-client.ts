/** A minimal GraphQL-over-HTTP client for scripts and tests (the web app uses Apollo Client). */
export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorShape[];
}

export async function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse<T>;
  return body;
}

/** The data of a response without errors; throws with the errors' messages and codes otherwise. */
export async function graphqlData<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  return dataOf(await graphql<T>(url, query, variables, headers));
}

/** The data of a response that must have succeeded; throws with its errors' messages and codes. */
export function dataOf<T>(body: GraphQLResponse<T>): T {
  if (body.errors?.length || !body.data) {
    throw new Error(
      (body.errors ?? []).map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; ') ||
        'no data',
    );
  }
  return body.data;
}
