"""The ``NEWSCLEAN_*`` Scrapy settings, read once into a frozen value, and the Cleaner they make."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from scrapy.settings import BaseSettings
from scrapy.utils.misc import load_object

from newsclean import DEFAULT_CLEANER, Article, Cleaner, Rule
from newsclean.batch.records import ARTICLE_FIELDS, parse_fields


def has_body(article: Article) -> bool:
    """The default test of an article: the cleaner kept some body text."""
    return bool(article.body)


@dataclass(frozen=True, slots=True)
class NewscleanSettings:
    """What the pipeline and the middleware do, from the crawler's settings."""

    html_field: str = "html"
    url_field: str = "url"
    encoding_field: str = "content_type"
    article_field: str = "article"
    fields: tuple[str, ...] = ARTICLE_FIELDS
    field_map: dict[str, str] = field(default_factory=dict)
    from_response: bool = True
    keep_html: bool = False
    drop_rejected: bool = True
    accept: Callable[[Article], bool] = has_body
    kind: str = "auto"
    cleaner: Cleaner = DEFAULT_CLEANER

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> NewscleanSettings:
        """Read ``NEWSCLEAN_*``; a bad value fails at start-up, not on the first item."""
        field_map = settings.getdict("NEWSCLEAN_FIELD_MAP")
        unknown = sorted(set(field_map) - set(ARTICLE_FIELDS))
        if unknown:
            raise ValueError(f"NEWSCLEAN_FIELD_MAP: unknown article field: {', '.join(unknown)}")
        fields = settings.getlist("NEWSCLEAN_FIELDS")
        accept = settings.get("NEWSCLEAN_ACCEPT")
        return cls(
            html_field=settings.get("NEWSCLEAN_HTML_FIELD", "html"),
            url_field=settings.get("NEWSCLEAN_URL_FIELD", "url"),
            encoding_field=settings.get("NEWSCLEAN_ENCODING_FIELD", "content_type"),
            article_field=settings.get("NEWSCLEAN_ARTICLE_FIELD", "article"),
            fields=parse_fields(",".join(fields)) if fields else ARTICLE_FIELDS,
            field_map={str(k): str(v) for k, v in field_map.items()},
            from_response=settings.getbool("NEWSCLEAN_FROM_RESPONSE", True),
            keep_html=settings.getbool("NEWSCLEAN_KEEP_HTML", False),
            drop_rejected=settings.getbool("NEWSCLEAN_DROP_REJECTED", True),
            accept=load_object(accept) if accept else has_body,
            kind=settings.get("NEWSCLEAN_KIND", "auto"),
            cleaner=build_cleaner(settings),
        )


def build_cleaner(settings: BaseSettings) -> Cleaner:
    """The default Cleaner, less ``NEWSCLEAN_DISABLE``, plus the rules ``NEWSCLEAN_RULES`` names.

    ``NEWSCLEAN_RULES`` lists import paths of rule objects (a ``@rule`` function,
    a ``LineRule``...) or of rule classes, which are instantiated without arguments.
    """
    cleaner = DEFAULT_CLEANER.without(*settings.getlist("NEWSCLEAN_DISABLE"))
    extra = [_rule(path) for path in settings.getlist("NEWSCLEAN_RULES")]
    return cleaner.with_rules(*extra) if extra else cleaner


def _rule(path: str) -> Rule:
    obj: Any = load_object(path)
    if isinstance(obj, type):
        obj = obj()
    if not isinstance(obj, Rule):
        raise TypeError(f"NEWSCLEAN_RULES: {path} is not a rule (it needs .name and .find)")
    return obj
