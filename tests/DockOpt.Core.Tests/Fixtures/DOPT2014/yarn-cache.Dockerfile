FROM node:18-alpine AS deps
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile --production

FROM node:18-alpine
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile --production
RUN yarn global add pm2 && yarn cache clean
COPY --from=deps /app/node_modules ./node_modules
CMD ["node", "index.js"]
