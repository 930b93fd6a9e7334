"""Settings: every one documented (README table and .env.example), read from the environment, validated."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from app.settings import Settings, env_name

ROOT = Path(__file__).resolve().parents[2]
NAMES = [env_name(field) for field in Settings.model_fields]


@pytest.mark.parametrize("name", NAMES)
def test_setting_is_in_readme_table(name: str) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"^\| `{name}` \|", readme, re.M), f"{name} is missing from README.md's settings table"


@pytest.mark.parametrize("name", NAMES)
def test_setting_is_in_env_example(name: str) -> None:
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    assert re.search(rf"^{name}=", example, re.M), f"{name} is missing from .env.example"


def test_env_example_holds_the_defaults() -> None:
    assert Settings(_env_file=ROOT / ".env.example") == Settings(_env_file=None)


def test_documented_names_are_real_settings() -> None:
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    documented = re.findall(r"^([A-Z0-9_]+)=", example, re.M)
    assert sorted(documented) == sorted(NAMES)


def test_environment_is_read_with_prefix_and_neo4j_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPLOGRAPH_STORE", "bolt://db:7687")
    monkeypatch.setenv("DIPLOGRAPH_API_KEYS", " k1 , k2,,")
    monkeypatch.setenv("DIPLOGRAPH_CORS_ORIGINS", "https://a.example,https://b.example")
    monkeypatch.setenv("DIPLOGRAPH_WORKER", "false")
    monkeypatch.setenv("DIPLOGRAPH_LOG_LEVEL", "debug")
    monkeypatch.setenv("NEO4J_USER", "reader")
    monkeypatch.setenv("NEO4J_PASSWORD", "s3cret")
    s = Settings(_env_file=None)
    assert s.uses_neo4j and s.store == "bolt://db:7687"
    assert s.api_key_list == ["k1", "k2"]
    assert s.cors_origin_list == ["https://a.example", "https://b.example"]
    assert s.worker is False and s.log_level == "DEBUG"
    cfg = s.store_config()
    assert (cfg.location, cfg.neo4j_user, cfg.neo4j_password) == ("bolt://db:7687", "reader", "s3cret")
    # Secrets never show in a repr (and so never in a log line that prints settings).
    assert "s3cret" not in repr(s) and "k1" not in repr(s)


def test_arguments_win_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPLOGRAPH_PORT", "9000")
    assert Settings(_env_file=None, port=8123).port == 8123


def test_password_file_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "pw"
    secret.write_text("from-file\n")
    monkeypatch.setenv("NEO4J_PASSWORD", "from-env")
    monkeypatch.setenv("NEO4J_PASSWORD_FILE", str(secret))
    assert Settings(_env_file=None).neo4j_password.get_secret_value() == "from-file"


def test_unreadable_password_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="NEO4J_PASSWORD_FILE cannot be read"):
        Settings(_env_file=None, neo4j_password_file=tmp_path / "missing")


@pytest.mark.parametrize(
    ("field", "value"),
    [("port", 0), ("port", 70000), ("max_body_bytes", 0), ("max_batch_documents", -1), ("store", "  "),
     ("log_level", "LOUD"), ("worker_max_attempts", 0)],
)
def test_bad_values_are_refused(field: str, value: object) -> None:
    with pytest.raises(ValidationError):
        Settings(_env_file=None, **{field: value})


def test_store_label_hides_credentials_in_a_uri() -> None:
    s = Settings(_env_file=None, store="neo4j+s://reader:hunter2@db.example:7687")
    assert s.store_label == "neo4j+s://db.example:7687" and "hunter2" not in s.store_label
    assert Settings(_env_file=None, store="./data/x.db").store_label == "./data/x.db"
