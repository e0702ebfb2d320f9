FROM node:22-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:22-slim
WORKDIR /app
COPY package.json ./
COPY ./node_modules/ ./node_modules/
COPY --from=deps /app/node_modules ./vendor_modules
CMD ["node", "index.js"]
