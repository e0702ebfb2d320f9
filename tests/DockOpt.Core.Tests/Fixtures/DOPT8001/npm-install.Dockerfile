FROM node:22 AS build
WORKDIR /web
COPY package.json package-lock.json ./
RUN npm install
COPY . .
RUN npm run build

FROM node:22-slim
WORKDIR /app
COPY package*.json ./
RUN npm install --omit=dev
COPY --from=build /web/dist ./dist
CMD ["node", "dist/server.js"]
