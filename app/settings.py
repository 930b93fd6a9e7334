"""Settings: every knob of the service, read from the environment (and .env) by the entry points.

Entry points (the CLI, app_factory for `uvicorn --factory`) build one Settings and pass it down; nothing
reads the environment at import time. Every field here is documented in README.md and .env.example
(tests/app/test_settings_documented.py fails otherwise).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from graph.factory import StoreConfig, is_neo4j
from ingest.fetch import redact_url

ENV_PREFIX = "DIPLOGRAPH_"


def split_list(value: str) -> list[str]:
    """Split a comma-separated setting into its non-empty, stripped items."""
    return [item.strip() for item in value.split(",") if item.strip()]


class Settings(BaseSettings):
    """Configuration of the API, the worker and the CLI; environment variables are DIPLOGRAPH_<NAME>."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
    )

    # Store
    store: str = Field(
        "./data/diplograph.db",
        description="Where the graph lives: a SQLite file path, or a Neo4j URI (bolt://, neo4j://, neo4j+s://...).",
    )
    # Neo4j credentials keep their conventional, unprefixed names (as the Neo4j tools and images use).
    neo4j_user: str = Field(
        "neo4j", validation_alias="NEO4J_USER", description="Neo4j user name."
    )
    neo4j_password: SecretStr = Field(
        SecretStr(""),
        validation_alias="NEO4J_PASSWORD",
        description="Neo4j password (prefer NEO4J_PASSWORD_FILE).",
    )
    neo4j_password_file: Path | None = Field(
        None,
        validation_alias="NEO4J_PASSWORD_FILE",
        description="File holding the Neo4j password (a Docker or Kubernetes secret); wins over it.",
    )
    neo4j_database: str = Field("neo4j", description="Neo4j database name.")

    # HTTP
    host: str = Field("127.0.0.1", description="Interface `diplograph serve` listens on.")
    port: int = Field(8000, ge=1, le=65535, description="Port `diplograph serve` listens on.")
    api_keys: SecretStr = Field(
        SecretStr(""),
        description="Comma-separated API keys. Once set, writes need one in the X-API-Key header.",
    )
    protect_reads: bool = Field(False, description="Also require an API key for reads (when keys are set).")
    max_body_bytes: int = Field(5_000_000, gt=0, description="Largest request body accepted (413 above).")
    max_batch_documents: int = Field(
        100, gt=0, description="Most documents accepted in one POST /v1/documents (413 above)."
    )
    max_text_chars: int = Field(200_000, gt=0, description="Longest document text accepted, in characters.")
    cors_origins: str = Field(
        "", description="Comma-separated origins allowed by CORS; empty (the default) allows none."
    )
    rate_limit_per_second: float = Field(
        0.0,
        ge=0,
        description="Requests per second each client (API key, else IP) may make; 0 turns the limit off.",
    )
    rate_limit_burst: int = Field(
        60, gt=0, description="Requests a client may make at once before the rate limit applies (429 above)."
    )
    metrics: bool = Field(True, description="Serve Prometheus metrics at /metrics.")

    # Worker
    worker: bool = Field(True, description="Run a worker thread inside `diplograph serve`.")
    worker_lease_seconds: float = Field(
        120.0, gt=0, description="How long a claimed document is reserved before another worker may retry it."
    )
    worker_poll_seconds: float = Field(1.0, gt=0, description="Pause between queue polls when it is empty.")
    worker_max_attempts: int = Field(5, ge=1, description="Attempts before a document is marked failed.")
    worker_batch_size: int = Field(
        8, ge=1, le=100,
        description="Documents a worker claims, and saves, in one transaction (1: one at a time).",
    )  # fmt: skip
    worker_backoff_seconds: float = Field(
        30.0, ge=0, description="Delay before the first retry; doubled on each further attempt."
    )
    worker_metrics_port: int = Field(
        0, ge=0, le=65535,
        description="Port where `diplograph worker` serves Prometheus metrics; 0 serves none.",
    )

    # Feeds
    feed_poll_seconds: float = Field(900.0, gt=0, description="How often each RSS/Atom feed is polled.")
    feed_timeout_seconds: float = Field(10.0, gt=0, description="Timeout of each feed or page fetch.")
    feed_max_bytes: int = Field(5_000_000, gt=0, description="Largest feed or page fetched, in bytes.")
    feed_user_agent: str = Field(
        "", description="User-Agent for feeds and pages; empty means Diplograph/<version> (+project URL)."
    )

    # Gazetteer
    wikidata_contact: str = Field(
        "https://github.com/diplograph/diplograph/issues",
        description="E-mail address or URL sent in the User-Agent of `diplograph gazetteer refresh`.",
    )

    # Logging
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field("INFO", description="Log level.")
    log_format: Literal["text", "json"] = Field("text", description="Log lines as text or as JSON objects.")

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_level(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @field_validator("store")
    @classmethod
    def _store_not_empty(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must be a SQLite file path or a Neo4j URI")
        return value.strip()

    @field_validator("neo4j_password_file", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @model_validator(mode="after")
    def _password_from_file(self) -> Settings:
        if self.neo4j_password_file is not None:
            try:
                secret = self.neo4j_password_file.read_text(encoding="utf-8").rstrip("\r\n")
            except OSError as exc:
                raise ValueError(f"NEO4J_PASSWORD_FILE cannot be read: {exc.strerror}") from None
            self.neo4j_password = SecretStr(secret)
        return self

    @property
    def api_key_list(self) -> list[str]:
        """Return the configured API keys (empty when writes are open)."""
        return split_list(self.api_keys.get_secret_value())

    @property
    def cors_origin_list(self) -> list[str]:
        """Return the origins CORS allows."""
        return split_list(self.cors_origins)

    @property
    def store_label(self) -> str:
        """Return the store location fit for logs and messages: any user:password in a URI dropped."""
        return redact_url(self.store)

    @property
    def uses_neo4j(self) -> bool:
        """Tell whether the store is a Neo4j server rather than an embedded SQLite file."""
        return is_neo4j(self.store)

    @property
    def log_level_number(self) -> int:
        """Return the log level as the logging module's number."""
        return logging.getLevelNamesMapping()[self.log_level]

    def store_config(self) -> StoreConfig:
        """Return what graph.factory.open_store needs to open the configured store."""
        return StoreConfig(
            location=self.store,
            neo4j_user=self.neo4j_user,
            neo4j_password=self.neo4j_password.get_secret_value(),
            neo4j_database=self.neo4j_database,
        )


def env_name(field_name: str) -> str:
    """Return the environment variable that sets a Settings field."""
    alias = Settings.model_fields[field_name].validation_alias
    return alias if isinstance(alias, str) else ENV_PREFIX + field_name.upper()
