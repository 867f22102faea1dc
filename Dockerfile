# ChainLift: one image, two commands.
#
#   docker build -t chainlift .
#   docker run … chainlift                                                         the gateway (default CMD)
#   docker run … chainlift node --enable-source-maps services/projector/dist/main.js   the projector
#
# Both are the compiled output of `npm run build` run with plain Node (no tsx); the gateway also
# serves the web app (web/dist). Settings come from the environment (docs/operations.md lists
# them); the image starts in production mode. tests/production/dockerfile.unit.test.ts reads this
# file, and tests/production/compiled-services.int.test.ts runs these very commands.
# Base image: the official Node 22 LTS on Debian 12, slim; it ships the unprivileged user `node`
# (https://github.com/nodejs/docker-node/blob/main/docs/BestPractices.md#non-root-user).
ARG NODE_IMAGE=node:22-bookworm-slim

# 1. Every dependency, dev tools included, exactly as package-lock.json lists them (npm ci).
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY services/domain/package.json services/domain/
COPY services/platform/package.json services/platform/
COPY services/projector/package.json services/projector/
COPY services/gateway/package.json services/gateway/
COPY web/package.json web/
COPY scripts/bootstrap.mjs scripts/
RUN node scripts/bootstrap.mjs deps

# 2. The build: services/*/dist (esbuild) and web/dist (Vite).
FROM deps AS build
COPY . .
RUN npm run build

# 3. What runs: production dependencies only, the compiled services, the web build, and the
#    contracts and migrations they read at run time; owned by root, run as `node`.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    CHAINLIFT_MODE=production \
    GATEWAY_HOST=0.0.0.0 \
    GATEWAY_PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
COPY services/domain/package.json services/domain/
COPY services/platform/package.json services/platform/
COPY services/projector/package.json services/projector/
COPY services/gateway/package.json services/gateway/
COPY web/package.json web/
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/services/domain/dist services/domain/dist
COPY --from=build /app/services/platform/dist services/platform/dist
COPY --from=build /app/services/projector/dist services/projector/dist
COPY --from=build /app/services/gateway/dist services/gateway/dist
COPY --from=build /app/web/dist web/dist
COPY schema/graphql schema/graphql
COPY schema/events schema/events
COPY infra/neo4j/migrations infra/neo4j/migrations
COPY infra/kafka/topics.json infra/kafka/topics.json
USER node
EXPOSE 4000
CMD ["node", "--enable-source-maps", "services/gateway/dist/main.js"]
