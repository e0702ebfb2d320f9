FROM node:latest

RUN mkdir -p /usr/src/app
WORKDIR /usr/src/app

COPY . .

RUN yarn install
RUN yarn global add pm2 nodemon

ENV PORT 8080
ENV NODE_ENV development

EXPOSE $PORT

CMD ["yarn", "start"]
