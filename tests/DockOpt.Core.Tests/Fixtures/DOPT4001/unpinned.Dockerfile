ARG BASE=ubuntu
FROM ${BASE} AS one
FROM node:latest AS two
FROM python:3.12-slim@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef AS three
FROM scratch
