"""What a user may type, checked before anything runs: option values and `-s NAME=VALUE` settings.

Command options are checked by argparse `type=` functions (below), so a mistake is argparse's one
line and exit 2. `-s` values are checked against the settings table: every setting Scrapy or
articlecrawl defines, typed by its default value (project default over Scrapy's), with ranges for
the settings this project reads and documents. A name in neither gets a warning naming the
closest known setting; Scrapy would read it silently as nothing.
"""

from __future__ import annotations

import argparse
import difflib
import json
import math
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit


class OptionError(ValueError):
    """A value the user gave cannot be used; the message says which and why, in one line."""


# -- the settings table ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Setting:
    """One setting `-s` may set: its name and how a string becomes its value."""

    name: str
    kind: str
    """"bool", "int", "float", "dict", "list" or "str" (kept as typed)."""
    minimum: float | None = None
    maximum: float | None = None
    check: Callable[[str, Any], Any] | None = None
    """A further check of the converted value: returns it (normalised), or raises OptionError."""

    def convert(self, text: str) -> Any:
        """The value Scrapy gets for `text`, or OptionError saying what this setting takes."""
        value = _CONVERTERS[self.kind](self.name, text)
        if self.kind in ("int", "float"):
            if self.minimum is not None and value < self.minimum:
                raise OptionError(f"{self.name} must be {_range(self)}, not {text.strip()}")
            if self.maximum is not None and value > self.maximum:
                raise OptionError(f"{self.name} must be {_range(self)}, not {text.strip()}")
        return value if self.check is None else self.check(self.name, value)


def parse_settings(pairs: Iterable[str]) -> tuple[dict[str, Any], list[str]]:
    """`-s NAME=VALUE` pairs as Scrapy settings, and one warning per name no one reads.

    Raises OptionError on the first pair that is malformed or whose value the setting cannot take.
    """
    settings: dict[str, Any] = {}
    warnings: list[str] = []
    table = settings_table()
    for pair in pairs:
        name, sep, text = pair.partition("=")
        name = name.strip()
        if not sep or not name:
            raise OptionError(f"-s takes NAME=VALUE, not {pair!r}")
        known = table.get(name)
        if known is not None:
            settings[name] = known.convert(text)
            continue
        if not _read_by_a_library(name):
            warnings.append(unknown_setting_warning(name))
        settings[name] = text
    return settings, warnings


def unknown_setting_warning(name: str) -> str:
    """One line for a setting name that neither Scrapy nor articlecrawl defines."""
    close = difflib.get_close_matches(name.upper(), list(settings_table()), n=1, cutoff=0.75)
    hint = f"did you mean {close[0]}?" if close else "neither Scrapy nor articlecrawl reads it"
    return f"warning: unknown setting {name} ({hint})"


@cache
def settings_table() -> Mapping[str, Setting]:
    """Every setting Scrapy or articlecrawl defines, by name."""
    from scrapy.settings import default_settings

    import crawler.settings as project

    defaults: dict[str, Any] = {}
    for module in (default_settings, project):
        defaults.update({name: getattr(module, name) for name in dir(module) if name.isupper()})
    table = {name: _setting(name, value) for name, value in defaults.items()}
    table.update({setting.name: setting for setting in _DOCUMENTED})
    return table


# The settings this project reads and documents, with the values that make sense for them.
# Scrapy itself does not check them: a DOWNLOAD_DELAY of "abc" fails deep inside Twisted.
_DOCUMENTED: tuple[Setting, ...] = (
    Setting("ARTICLECRAWL_DB", "str", check=lambda name, value: _check_db_setting(name, value)),
    Setting("ARTICLECRAWL_BATCH_SIZE", "int", minimum=1),
    Setting("ARTICLECRAWL_RECRAWL_AFTER_DAYS", "float", minimum=0),
    Setting("ARTICLECRAWL_MIN_ITEMS", "int", minimum=0),
    Setting("ARTICLECRAWL_MAX_ERROR_RATE", "float", minimum=0, maximum=1),
    Setting(
        "SPIDERMON_FIELD_COVERAGE_RULES",
        "dict",
        check=lambda name, value: _check_coverage_rules(name, value),
    ),
    Setting("AUTOTHROTTLE_START_DELAY", "float", minimum=0),
    Setting("AUTOTHROTTLE_MAX_DELAY", "float", minimum=0),
    Setting("AUTOTHROTTLE_TARGET_CONCURRENCY", "float", minimum=0.01),
    Setting("CONCURRENT_REQUESTS", "int", minimum=1),
    Setting("CONCURRENT_REQUESTS_PER_DOMAIN", "int", minimum=1),
    Setting("CONCURRENT_ITEMS", "int", minimum=1),
    Setting("DOWNLOAD_DELAY", "float", minimum=0),
    Setting("DOWNLOAD_DELAY_JITTER", "float", minimum=0),
    Setting("DOWNLOAD_TIMEOUT", "float", minimum=0.001),
    Setting("DNS_TIMEOUT", "float", minimum=0.001),
    Setting("DOWNLOAD_MAXSIZE", "int", minimum=0),
    Setting("DOWNLOAD_WARNSIZE", "int", minimum=0),
    Setting("RETRY_TIMES", "int", minimum=0),
    Setting("REDIRECT_MAX_TIMES", "int", minimum=0),
    Setting("DEPTH_LIMIT", "int", minimum=0),
    Setting("CLOSESPIDER_TIMEOUT", "float", minimum=0),
    Setting("CLOSESPIDER_TIMEOUT_NO_ITEM", "float", minimum=0),
    Setting("CLOSESPIDER_ITEMCOUNT", "int", minimum=0),
    Setting("CLOSESPIDER_PAGECOUNT", "int", minimum=0),
    Setting("CLOSESPIDER_ERRORCOUNT", "int", minimum=0),
    Setting("LOGSTATS_INTERVAL", "float", minimum=0),
    Setting("MEMUSAGE_CHECK_INTERVAL_SECONDS", "float", minimum=0.001),
    Setting("MEMUSAGE_LIMIT_MB", "int", minimum=0),
    Setting("MEMUSAGE_WARNING_MB", "int", minimum=0),
    Setting("LOG_LEVEL", "str", check=lambda name, value: _check_log_level(name, value)),
    Setting("LOG_FILE", "str", check=lambda name, value: _check_new_file(name, value)),
)

# Settings read by the libraries the crawl loads besides Scrapy (Spidermon's monitors and
# actions, scrapy-redis, scrapy-playwright): too many to list, so a name under one of these
# prefixes is passed on without a warning.
_LIBRARY_PREFIXES = ("SPIDERMON_", "REDIS_", "SCHEDULER_", "PLAYWRIGHT_")


def _setting(name: str, default: Any) -> Setting:
    if isinstance(default, bool):
        return Setting(name, "bool")
    if isinstance(default, int):
        return Setting(name, "int")
    if isinstance(default, float):
        return Setting(name, "float")
    if isinstance(default, dict):
        return Setting(name, "dict")
    if isinstance(default, (list, tuple)):
        return Setting(name, "list")
    return Setting(name, "str")


def _read_by_a_library(name: str) -> bool:
    return name.startswith(_LIBRARY_PREFIXES)


# -- converting one -s value ------------------------------------------------------------------


def _to_bool(name: str, text: str) -> bool:
    # the spellings Scrapy's Settings.getbool accepts
    word = text.strip()
    if word in ("1", "True", "true"):
        return True
    if word in ("0", "False", "false"):
        return False
    raise OptionError(f"{name} takes True or False, not {text!r}")


def _to_int(name: str, text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise OptionError(f"{name} takes a whole number, not {text!r}") from None


def _to_float(name: str, text: str) -> float:
    try:
        value = float(text.strip())
    except ValueError:
        raise OptionError(f"{name} takes a number, not {text!r}") from None
    if not math.isfinite(value):
        raise OptionError(f"{name} takes a finite number, not {text!r}")
    return value


def _to_dict(name: str, text: str) -> dict[str, Any]:
    # Scrapy's Settings.getdict reads a string as JSON
    try:
        value = json.loads(text)
    except ValueError:
        value = None
    if not isinstance(value, dict):
        raise OptionError(f'{name} takes a JSON object such as {{"key": 1}}, not {text!r}')
    return value


def _as_text(name: str, text: str) -> str:
    return text


_CONVERTERS: dict[str, Callable[[str, str], Any]] = {
    "bool": _to_bool,
    "int": _to_int,
    "float": _to_float,
    "dict": _to_dict,
    "list": _as_text,  # Scrapy's getlist splits a string on commas: any text is a list
    "str": _as_text,
}


def _range(setting: Setting) -> str:
    low, high = setting.minimum, setting.maximum
    if low is not None and high is not None:
        return f"between {low:g} and {high:g}"
    if low is not None:
        return f"{low:g} or more"
    return f"{high:g} or less"


def _check_db_setting(name: str, value: str) -> str:
    if value:  # empty: no store
        check_folder_of(value, name)
    return value


def _check_new_file(name: str, value: str) -> str:
    if value:
        check_folder_of(value, name)
    return value


def _check_log_level(name: str, value: str) -> str:
    level = value.strip().upper()  # Python's logging knows the names in capitals only
    if level not in LOG_LEVELS:
        raise OptionError(f"{name} takes one of {', '.join(LOG_LEVELS)}, not {value!r}")
    return level


def _check_coverage_rules(name: str, rules: dict[str, Any]) -> dict[str, Any]:
    for field, share in rules.items():
        if isinstance(share, bool) or not isinstance(share, (int, float)) or not 0 <= share <= 1:
            raise OptionError(f"{name}: {field} takes a share between 0 and 1, not {share!r}")
    return rules


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


# -- the spider's arguments (`scrapy crawl articles -a NAME=VALUE`) -----------------------------


def spider_arguments(arguments: Mapping[str, str]) -> None:
    """OptionError unless the `articles` spider can take these `-a` arguments."""
    checks: dict[str, Callable[[str], Any]] = {
        "start_urls": lambda text: [
            http_url(url.strip()) for url in text.split(",") if url.strip()
        ],
        "article_pattern": regex,
        "max_pages": whole_number,
    }
    for name, value in arguments.items():
        check = checks.get(name)
        if check is None:
            continue
        try:
            check(value)
        except argparse.ArgumentTypeError as exc:
            raise OptionError(f"-a {name}: {exc}") from None


# -- command options (argparse types) ---------------------------------------------------------


def whole_number(text: str) -> int:
    """argparse type: a whole number, 0 or more."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {number}")
    return number


def positive_number(text: str) -> int:
    """argparse type: a whole number, 1 or more."""
    number = whole_number(text)
    if number == 0:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def port_number(text: str) -> int:
    """argparse type: a TCP port, 1-65535."""
    number = whole_number(text)
    if not 1 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"must be a port between 1 and 65535, not {number}")
    return number


def days(text: str) -> float:
    """argparse type: a number of days, 0 or more (fractions allowed)."""
    number = _finite(text)
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more days, not {text}")
    return number


def seconds(text: str) -> float:
    """argparse type: a number of seconds, 0 or more (fractions allowed)."""
    number = _finite(text)
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more seconds, not {text}")
    return number


def share(text: str) -> float:
    """argparse type: a share between 0 and 1 (0.1 = 10%)."""
    number = _finite(text)
    if not 0 <= number <= 1:
        raise argparse.ArgumentTypeError(f"must be a share between 0 and 1 (0.1 = 10%), not {text}")
    return number


def regex(text: str) -> str:
    """argparse type: a Python regular expression (kept as text; compiled by the spider)."""
    try:
        re.compile(text)
    except re.error as exc:
        raise argparse.ArgumentTypeError(f"not a valid regex: {exc}") from None
    return text


def http_url(text: str) -> str:
    """argparse type: an absolute http(s) URL."""
    try:
        parts = urlsplit(text)
        ok = parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:
        ok = False
    if not ok:
        raise argparse.ArgumentTypeError(f"not an http(s) URL: {text!r}")
    return text


def file_in_existing_folder(text: str) -> str:
    """argparse type: a file to create or open, whose folder exists (a --db, a --log-file)."""
    try:
        check_folder_of(text, None)
    except OptionError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def check_folder_of(path: str | os.PathLike[str], option: str | None) -> None:
    """OptionError unless `path` could be a file: not empty, not a folder, in a folder that
    exists. `option` names the setting in the message (argparse names options itself)."""
    prefix = f"{option}: " if option else ""
    text = os.fspath(path)
    if not text.strip() or "\x00" in text:
        raise OptionError(f"{prefix}not a file name: {text!r}")
    target = Path(text)  # as given: the shell expands "~", and "~user" may be no one
    if target.is_dir():
        raise OptionError(f"{prefix}{text} is a folder, not a file")
    folder = target.parent
    if not folder.is_dir():
        missing = _first_missing(folder)
        raise OptionError(f"{prefix}no such folder: {missing} (for {text})")


def _first_missing(folder: Path) -> Path:
    """The outermost folder of `folder` that does not exist: the one to create."""
    missing = folder
    for parent in folder.parents:
        if parent.is_dir():
            break
        missing = parent
    return missing


def _finite(text: str) -> float:
    try:
        number = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not math.isfinite(number):
        raise argparse.ArgumentTypeError(f"not a finite number: {text!r}")
    return number
