# Next.js app built with output: "standalone"
FROM node:20-alpine AS base
RUN apk add --no-cache libc6-compat
WORKDIR /app

FROM base AS install
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund

FROM install AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
ARG NEXT_PUBLIC_SITE_URL
RUN test -n "$NEXT_PUBLIC_SITE_URL" || (echo "NEXT_PUBLIC_SITE_URL is required" >&2; exit 1) \
 && npm run lint \
 && npm run build

FROM base AS run
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
RUN addgroup -S -g 1001 site && adduser -S -u 1001 -G site site
COPY --from=build /app/public ./public
# the standalone folder already contains a trimmed node_modules
COPY --from=build --chown=site:site /app/.next/standalone ./
COPY --from=build --chown=site:site /app/.next/static ./.next/static
USER site
EXPOSE 3000
CMD ["node", "server.js"]
