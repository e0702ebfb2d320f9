FROM alpine:3.20
# Latin-1 encoded comment: résumé café
LABEL author="François Müller"
# lone continuation byte, overlong slash, truncated 3-byte sequence
RUN echo "€ À¯ æ—"
ENV BAD=ÿþ
CMD ["sh"]
