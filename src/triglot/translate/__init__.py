"""The translators' workflow: PO files for the Russian and Armenian slots.

export (TEI slots -> translations/<lang>/<document>.po and a .pot template),
import (PO entries -> TEI slots, checked, all or nothing per run) and
status (what is translated, drafted, reviewed, stale). See translations/README.md.
"""
