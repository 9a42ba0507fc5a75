"""Tests of the HTML path: golden pages, input forms, properties."""
