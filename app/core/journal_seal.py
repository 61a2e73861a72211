"""What a station signs for each line of its journal (kept while its database is gone).

The journal is a plain file beside the database: without a signature anyone holding the
laptop could write lines that record absent people at a time of their choosing. Each line
is signed with the writing station's own key (``app.core.station_identity``) over its
canonical JSON without the ``seal`` member; a merge accepts only lines an enrolled station
signed.
"""

from __future__ import annotations

import json
from typing import Any

from app.core.station_identity import Seal

SEAL_FIELD = "seal"


def journal_message(entry: dict[str, Any]) -> bytes:
    body = {name: value for name, value in entry.items() if name != SEAL_FIELD}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=str).encode()  # fmt: skip


def seal_of(entry: dict[str, Any]) -> Seal | None:
    found = entry.get(SEAL_FIELD)
    if not isinstance(found, dict):
        return None
    signer, signature = found.get("signer"), found.get("signature")
    if not isinstance(signer, str) or not isinstance(signature, str):
        return None
    return Seal(signer, signature)
