"""Library ingest: the edition as libraries and archives take it in.

`triglot export` (command.py) writes the TEI corpus file (corpus.py), one Dublin
Core record per document (dublin_core.py), a CMIF file of the letters (cmif.py)
and a BagIt package of it all (bag.py), from one validated edition, with the
permanent identifiers checked against the released list (identifiers.py).
"""
