"""Settings come from defaults, a TOML file, the environment and flags, in that order."""

from __future__ import annotations

from pathlib import Path

import pytest

from cwgcop_search.config import load_settings
from cwgcop_search.errors import ConfigError


def test_defaults_point_at_the_shipped_folders():
    settings = load_settings(config_file=None, environ={})
    assert settings.corpus_dir == Path("corpus") and settings.index_dir == Path("index")
    assert settings.model == "multilingual-e5-small"


def test_file_then_environment_then_flags(tmp_path):
    config = tmp_path / "cwgcop-search.toml"
    config.write_text('corpus_dir = "docs"\nindex_dir = "built"\ntop_k = 7\n', encoding="utf-8")
    settings = load_settings(config, environ={"CWGCOP_INDEX": "/env/index"},
                             overrides={"top_k": 3, "model": None})
    assert settings.corpus_dir == tmp_path / "docs"  # relative to the file
    assert settings.index_dir == Path("/env/index")
    assert settings.top_k == 3


def test_a_misspelt_key_is_an_error_naming_the_file(tmp_path):
    config = tmp_path / "settings.toml"
    config.write_text("top_kk = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"top_kk.*settings\.toml"):
        load_settings(config, environ={})


def test_a_bad_value_in_the_environment_is_an_error():
    with pytest.raises(ConfigError, match="CWGCOP_TOP_K"):
        load_settings(None, environ={"CWGCOP_TOP_K": "many"})


def test_api_key_never_appears_in_the_settings_repr():
    # The repr is a cache key in the app and can reach logs.
    settings = load_settings(config_file=None, environ={"CWGCOP_LLM_API_KEY": "sk-secret-123"})
    assert settings.llm_api_key == "sk-secret-123"
    assert "sk-secret-123" not in repr(settings)


def test_the_package_names_its_public_api():
    import cwgcop_search

    from cwgcop_search import Engine, load_settings as loader  # noqa: F401
    assert {"Engine", "load_settings", "Settings", "Answer", "Filters", "CwgcopError"} <= set(cwgcop_search.__all__)
    assert all(hasattr(cwgcop_search, name) for name in cwgcop_search.__all__)
