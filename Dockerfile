# Diplograph's API and worker image: slim Python, the package installed, run as an unprivileged user.
# docker-compose.yml runs it twice (api, worker) against Neo4j; alone it serves the embedded SQLite store.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin diplograph

WORKDIR /src
COPY pyproject.toml README.md package-lock.json ./
COPY scripts/vendor-assets ./scripts/vendor-assets
COPY app ./app
COPY graph ./graph
COPY ingest ./ingest
# The dashboard's browser library is fetched from the npm registry and checked against the lock file.
RUN python scripts/vendor-assets && pip install . && rm -rf /src

USER diplograph
WORKDIR /home/diplograph
# Listen on every interface inside the container; the SQLite default lives in the user's home.
ENV DIPLOGRAPH_HOST=0.0.0.0 \
    DIPLOGRAPH_STORE=/home/diplograph/data/diplograph.db
EXPOSE 8000
CMD ["diplograph", "serve"]
