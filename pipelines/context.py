"""What extraction needs to know besides the page: tracked shows and known outlets.

``ExtractConfig`` is the pure, immutable slice of the user's configuration that the
extraction stages read. ``resolve_config`` accepts ``None`` (the bundled default show),
an ``ExtractConfig``, or any object with an ``extraction`` attribute holding one
(``scraper.config.Config``), so ``pipelines`` never imports the scraper.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any


@dataclass(frozen=True, slots=True)
class Show:
    """A tracked show: its slug, its title and the other names it goes by."""

    slug: str
    title: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Title first, then aliases, without duplicates."""
        seen: dict[str, None] = {self.title: None}
        for alias in self.aliases:
            seen.setdefault(alias, None)
        return tuple(seen)


DEFAULT_SHOWS: tuple[Show, ...] = (
    Show(
        slug="the-trauma-code",
        title="The Trauma Code: Heroes on Call",
        aliases=(
            "The Trauma Code",
            "Trauma Code",
            "Heroes on Call",
            "Trauma Center: Golden Hour",
            "중증외상센터",
        ),
    ),
)


@dataclass(frozen=True, slots=True)
class ExtractConfig:
    """Extraction settings: tracked shows and a domain -> outlet-name table."""

    shows: tuple[Show, ...] = DEFAULT_SHOWS
    outlet_names: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


DEFAULT_CONFIG = ExtractConfig()


def resolve_config(config: Any) -> ExtractConfig:
    """Return the ``ExtractConfig`` behind ``config`` (see the module docstring)."""
    if config is None:
        return DEFAULT_CONFIG
    if isinstance(config, ExtractConfig):
        return config
    inner = getattr(config, "extraction", None)
    if isinstance(inner, ExtractConfig):
        return inner
    raise TypeError(f"expected ExtractConfig or a config with .extraction, got {type(config).__name__}")
