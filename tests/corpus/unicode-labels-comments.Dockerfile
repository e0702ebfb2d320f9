# Image pour le service de réservation — équipe « Café »
# 日本語のコメント: このイメージは予約サービス用です
# Emoji in comments 🚀🐳✅ and in labels below
FROM python:3.12-slim

LABEL org.opencontainers.image.title="Réservations" \
      org.opencontainers.image.description="Service de réservation de salles — 会議室予約サービス 🗓️" \
      org.opencontainers.image.authors="José Müller <jose.muller@example.com>, 山田太郎 <taro@example.jp>" \
      com.example.motto="Ça marche ✔" \
      com.example.greek="αβγ δέλτα" \
      com.example.rtl="שלום"

ENV LANG=C.UTF-8 \
    GREETING="Grüß Gott, 世界! 👋"

# Création de l'utilisateur non-root
RUN useradd --create-home --comment "Utilisateur applicatif — ne pas supprimer" réservations || useradd --create-home reservations

WORKDIR /srv/réservations
COPY ["données/", "/srv/réservations/données/"]
COPY app.py .

# 絵文字入りの echo
RUN echo "Build terminé 🎉 — ビルド完了"

USER reservations
CMD ["python", "app.py"]
