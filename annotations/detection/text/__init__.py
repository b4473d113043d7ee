"""Shared text machinery: sentence splitting, reading back from a position, fast
word-list regexes and the per-call index the detectors of one call share."""
