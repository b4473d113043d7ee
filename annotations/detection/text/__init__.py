"""Shared text machinery: sentence splitting, reading back from a position, fast
word-list regexes and the per-text caches the detectors share."""
