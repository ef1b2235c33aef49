"""Restricted-party screening: sanctions lists read from their publishers' files,
and customers' names matched against them. Pure Python: no Qt, no SQL, no files opened here
(readers take bytes)."""
