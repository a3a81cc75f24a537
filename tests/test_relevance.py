"""Show relevance: distinctive names anywhere, weak names only where they refer to the show."""

from __future__ import annotations

from pipelines.context import DEFAULT_SHOWS, Show
from pipelines.relevance import is_weak_name, match_shows

TC = ("the-trauma-code",)


def test_full_title_and_distinctive_alias_match_case_insensitively() -> None:
    assert match_shows(None, "I loved the trauma code: heroes on call.", DEFAULT_SHOWS) == TC
    assert match_shows("Trauma Center: Golden Hour gets a sequel", "", DEFAULT_SHOWS) == TC


def test_korean_alias_matches_with_particles_attached() -> None:
    assert match_shows(None, "중증외상센터가 다시 돌아온다", DEFAULT_SHOWS) == TC


def test_weak_alias_needs_title_case_and_show_context() -> None:
    assert match_shows(None, "Fans of Trauma Code cheered the Season 2 news.", DEFAULT_SHOWS) == TC
    assert match_shows(None, "Everyone is talking about ‘Heroes on Call’ today.", DEFAULT_SHOWS) == TC


def test_medical_story_using_the_phrase_does_not_match() -> None:
    story = ("Nurses called a trauma code when the ambulance arrived. Firefighters are heroes on call "
             "every night, the chief said, and the flu season has stretched the ward.")
    assert match_shows("Hospital trauma code response praised", story, DEFAULT_SHOWS) == ()


def test_title_case_phrase_without_show_context_does_not_match() -> None:
    assert match_shows(None, "The hospital adopted a new Trauma Code protocol for emergencies.", DEFAULT_SHOWS) == ()


def test_word_boundaries_and_config_order() -> None:
    shows = (Show("night-ward", "Night Ward Diaries: The Long Shift"), *DEFAULT_SHOWS)
    text = "Night Ward Diaries: The Long Shift and The Trauma Code: Heroes on Call both return."
    assert match_shows(None, text, shows) == ("night-ward", "the-trauma-code")
    assert match_shows(None, "Night Ward Diaries: The Long Shifts", shows) == ()


def test_weak_name_rule() -> None:
    assert is_weak_name("Trauma Code") and is_weak_name("Heroes on Call")
    assert not is_weak_name("The Trauma Code: Heroes on Call")
    assert not is_weak_name("중증외상센터")


def test_pre_check_keeps_case_insensitive_matches() -> None:
    """The substring pre-check must not lose what the patterns match (capitals, Turkish i's)."""
    shows = (Show("files", "Critical Hour Files: Night Shift"),)
    assert match_shows("CRİTİCAL HOUR FİLES: NIGHT SHIFT returns", "", shows) == ("files",)
    assert match_shows(None, "critıcal hour files: night shift", shows) == ("files",)
    assert match_shows(None, "Critical Hour: Night Shift", shows) == ()
