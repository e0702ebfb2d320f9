FROM node:22-slim AS yarn-deps
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --production

FROM node:22-slim AS pnpm-deps
WORKDIR /app
COPY package.json pnpm-lock.yaml ./
RUN corepack enable && pnpm install --prod

FROM node:22-slim
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile --production && yarn cache clean
COPY --from=pnpm-deps /app/node_modules ./vendor
COPY --from=yarn-deps /app/node_modules ./node_modules
CMD ["node", "index.js"]
