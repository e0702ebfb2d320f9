from node:18-alpine as deps
workdir /app
copy package.json yarn.lock ./
run yarn install --frozen-lockfile --production

From node:18-alpine As Builder
Workdir /app
Copy . .
Run yarn install --frozen-lockfile && yarn build

FROM node:18-alpine AS runtime
wOrKdIr /app
env NODE_ENV production
copy --from=deps /app/node_modules ./node_modules
COPY --from=Builder /app/build ./build
expose 8080
user node
healthcheck cmd wget -qO- http://localhost:8080/ping || exit 1
cmd ["node", "build/index.js"]
