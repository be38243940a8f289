# The Provenant API. Build: docker build -t provenant .   Run it with docker compose (see README).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY seed ./seed
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY cypher ./cypher
COPY --from=build /app/dist ./dist
# The first start on an empty graph writes the ADMIN key to /app/.provenant (a volume in compose).
RUN mkdir -p /app/.provenant && chown 1000:1000 /app/.provenant
# uid 1000 is the image's unprivileged "node" user.
USER 1000:1000
EXPOSE 4000 9464
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The server's Node options come from package.json (config.serverNodeOptions), as `npm start` uses them.
CMD ["sh", "-c", "exec node $(node -p \"require('./package.json').config.serverNodeOptions\") dist/src/server.js"]
