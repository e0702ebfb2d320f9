#  SYNTAX = docker/dockerfile:1.9
# Escape=\
#check=skip=all
# unknowndirective=value
# The line above looks like a directive but its key is unknown: it is a plain
# comment and it ends directive parsing, so the escape=` line below is ignored
# (a second escape directive would otherwise be an error).
# escape=`

FROM alpine:3.20
# escape=` here is just a comment, the backslash is still the escape char
RUN echo "backslash still continues" \
    && echo ok
