FROM node:22-slim AS dev
WORKDIR /app
COPY . .
CMD ["npm", "run", "dev"]

FROM node:22-slim
WORKDIR /app
COPY . .
ENTRYPOINT ["dumb-init", "--"]
CMD ["npx", "nodemon", "--legacy-watch", "src/index.js"]
