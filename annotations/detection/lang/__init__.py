"""Per-language word lists and aliases used by the detectors (``en_<module>.py``)."""
