# One image for every Passerelle service; docker-compose.yml picks the service with `command`.
FROM node:20-bookworm-slim
WORKDIR /app
ENV TURBO_TELEMETRY_DISABLED=1
COPY . .
# `npm ci` fails on registries missing other platforms' optional packages; `npm install` keeps the
# lockfile. Dev dependencies are needed: tsx runs the TypeScript sources, prisma generates clients.
# `cms:build` builds Strapi's admin panel, which the cms service then serves at /admin; the
# gateway's build bundles its explorer (GraphiQL), so no container builds it at start.
RUN npm install --include=dev --no-audit --no-fund && npm run generate && npm run cms:build \
  && npm run build -w @passerelle/gateway \
  && chown -R node:node /app
ENV NODE_ENV=production
USER node
CMD ["node", "--import", "tsx", "gateway/src/main.ts"]
