FROM node:22-slim AS base
WORKDIR /app
ENV NODE_ENV=development

FROM base
COPY . .
RUN npm ci --omit=dev && npm cache clean --force
CMD ["npm", "start"]
