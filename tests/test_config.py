"""Settings come from defaults, a TOML file, the environment and flags, in that order."""

from __future__ import annotations

from pathlib import Path

import pytest

from cwgcop_search.config import load_settings
from cwgcop_search.errors import ConfigError


def test_defaults_point_at_the_shipped_folders():
    settings = load_settings(config_file=None, environ={})
    assert settings.corpus_dir == Path("corpus") and settings.index_dir == Path("index")
    assert settings.model == "all-MiniLM-L6-v2"


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
