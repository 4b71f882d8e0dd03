"""Stage 5: the store. One SQLite file that opens in Datasette as is."""

from mekong_tracker.store.sqlite import Store

__all__ = ["Store"]
