"""Scoring against hand-labelled gold articles (../shared/corpus/FORMAT.md, Scoring)."""
