"""Integrations with other tools, each behind its own optional extra.

The core never imports anything from here, so ``import newsclean`` does not
need Scrapy or any other integration's dependencies.
"""
