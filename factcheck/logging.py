"""JSON log lines for security events: one event, one line, whatever the input."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

EVENT_FIELDS = ("event", "actor", "route", "outcome", "detail")


class JsonFormatter(logging.Formatter):
    """Format a record as one JSON object; json.dumps escapes CR/LF, so user
    input cannot forge extra log lines."""

    def format(self, record: logging.LogRecord) -> str:
        data = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for field in EVENT_FIELDS:
            if hasattr(record, field):
                data[field] = getattr(record, field)
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False, default=str)
