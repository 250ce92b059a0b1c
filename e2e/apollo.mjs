// An Apollo Client wired as the web app wires it: queries and mutations over HTTP, subscriptions over
// graphql-ws, split by operation type, and the cache of cache.mjs. The access token is read afresh for every HTTP
// request and every socket (re)connection, so a refreshed token is used after the server closes a socket whose
// token expired.
import { ApolloClient, ApolloLink, HttpLink } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { getMainDefinition } from "@apollo/client/utilities";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { createCache } from "./cache.mjs";

// Node 20 has no global WebSocket, and both graphql-ws and Apollo's GraphQLWsLink look for it there;
// browsers have their own.
globalThis.WebSocket ??= WebSocket;

/**
 * @param {string} httpUrl the server's /graphql address
 * @param {string | null | (() => Promise<string | null>)} token an access token, none, or a function giving the current one
 * @param {object} socketEvents graphql-ws event listeners (connected, closed, …)
 * @param {import("@apollo/client").ApolloCache} cache the cache; the web app's (cache.mjs) unless given
 */
export function createApolloClient(httpUrl, token, socketEvents = {}, cache = createCache()) {
  const currentToken = typeof token === "function" ? token : async () => token;
  const withToken = new SetContextLink(async (context) => {
    const accessToken = await currentToken();
    return accessToken ? { headers: { ...context.headers, authorization: `Bearer ${accessToken}` } } : {};
  });
  const socket = createClient({
    url: httpUrl.replace(/^http/, "ws"),
    connectionParams: async () => {
      const accessToken = await currentToken();
      return accessToken ? { authToken: accessToken } : {};
    },
    on: socketEvents,
  });
  const client = new ApolloClient({
    cache,
    link: ApolloLink.split(
      ({ query }) => {
        const definition = getMainDefinition(query);
        return definition.kind === "OperationDefinition" && definition.operation === "subscription";
      },
      new GraphQLWsLink(socket),
      withToken.concat(new HttpLink({ uri: httpUrl })),
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
