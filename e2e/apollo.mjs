// An Apollo Client wired as the web app wires it: queries and mutations over HTTP, subscriptions over
// graphql-ws, split by operation type; the access token goes in the Authorization header and in the
// socket's connectionParams.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { getMainDefinition } from "@apollo/client/utilities";
import { createClient } from "graphql-ws";
import WebSocket from "ws";

// Node 20 has no global WebSocket, and both graphql-ws and Apollo's GraphQLWsLink look for it there;
// browsers have their own.
globalThis.WebSocket ??= WebSocket;

export function createApolloClient(httpUrl, accessToken) {
  const httpLink = new HttpLink({
    uri: httpUrl,
    headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
  });
  const socket = createClient({
    url: httpUrl.replace(/^http/, "ws"),
    connectionParams: () => (accessToken ? { authToken: accessToken } : {}),
    // A test fails at the first lost socket; the web app keeps graphql-ws's default retries.
    retryAttempts: 0,
  });
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: ApolloLink.split(
      ({ query }) => {
        const definition = getMainDefinition(query);
        return definition.kind === "OperationDefinition" && definition.operation === "subscription";
      },
      new GraphQLWsLink(socket),
      httpLink,
    ),
  });
  return {
    client,
    async dispose() {
      client.stop();
      await socket.dispose();
    },
  };
}
