"""A PDF file written one object at a time, for joining a book whose parts do not fit in memory together.

pikepdf (qpdf) writes a document it holds whole: every object of every part of the
book would be in memory when the book is saved (at 20 times the edition, hundreds of
thousands of structure elements). This writer puts each object into the file as soon
as it is known and keeps only its offset; the objects themselves are pikepdf's own
serialisation (`unparse`) of the parts' objects, with references renumbered.
"""
from __future__ import annotations

import hashlib
import re
import zlib
from array import array as numbers

# A reference "12 0 R" in pikepdf's serialisation, and what it must be skipped inside:
# literal strings (qpdf escapes their parentheses and backslashes) and hex strings.
TOKENS = re.compile(rb"(\((?:[^\\()]|\\.)*\))|(<[0-9A-Fa-f\s]*>)|(?<![\d.])(\d+) (\d+) R", re.DOTALL)
LENGTH = re.compile(rb"/Length (?:\d+ \d+ R|\d+)(?=[\s/>\]])")
# A stream that came without a filter (the furniture's forms, content added by the join)
# is compressed when it is larger than this; XMP metadata is kept readable, as PDF/A expects.
COMPRESS_FROM = 256


# Objects other than streams are packed this many to a compressed object stream (as
# pikepdf's object_stream_mode=generate did): the structure tree is most of a book's objects.
OBJECTS_PER_STREAM = 200


class Writer:
    def __init__(self, file, version: str = "1.7"):
        self.file = file
        # where each object is: a file offset (>= 0) or, packed, -(stream number * 2**16 + index) - 1
        self.where = numbers("q", [0])
        self.packed: list[tuple[int, bytes]] = []      # objects waiting for their object stream
        self.position = 0
        self.digest = hashlib.md5()
        self.seed = b""
        self._put(b"%PDF-" + version.encode() + b"\n%\xe2\xe3\xcf\xd3\n")

    def checkpoint(self) -> None:
        """End a step of the join (print.join): the file may be closed and this writer sent to
        another process, which opens the file again and goes on. The digest of the bytes so far
        is kept as bytes (a hash object cannot be pickled) and the bytes to come hashed after it,
        at the same points in every run, so the document's ID stays the file's own."""
        self.seed = self.digest.digest()
        self.digest = hashlib.md5(self.seed)

    def __getstate__(self) -> dict:
        state = dict(self.__dict__, file=None, digest=None)
        if self.digest.digest() != hashlib.md5(self.seed).digest():
            raise ValueError("a writer is sent on only at a checkpoint")
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.digest = hashlib.md5(self.seed)

    def reserve(self) -> int:
        """A new object number, for an object written later."""
        self.where.append(UNWRITTEN)
        return len(self.where) - 1

    def add(self, body: bytes) -> int:
        number = self.reserve()
        self.write(number, body)
        return number

    def write(self, number: int, body: bytes) -> None:
        """An object other than a stream: packed into the next object stream."""
        self.packed.append((number, body))
        if len(self.packed) >= OBJECTS_PER_STREAM:
            self._pack()

    def write_stream(self, number: int, stream_dict: bytes, data: bytes) -> None:
        """A stream object: `data` as stored (encoded by its /Filter, if any); /Length is set here."""
        body = LENGTH.sub(b"", stream_dict).rstrip()
        if b"/Filter" not in body and b"/Metadata" not in body and len(data) > COMPRESS_FROM:
            data = zlib.compress(data)
            body = body[:-2] + b" /Filter /FlateDecode >>"
        body = body[:-2] + b" /Length %d >>" % len(data)
        self.where[number] = self.position
        self._put(b"%d 0 obj\n" % number + body + b"\nstream\n" + data + b"\nendstream\nendobj\n")

    def _pack(self) -> None:
        if not self.packed:
            return
        number = self.reserve()
        header, bodies, offset = [], [], 0
        for index, (packed, body) in enumerate(self.packed):
            header.append(b"%d %d" % (packed, offset))
            bodies.append(body)
            offset += len(body) + 1
            self.where[packed] = -(number * 65536 + index) - 1
        head = b" ".join(header) + b"\n"
        data = head + b"\n".join(bodies) + b"\n"
        self.packed = []
        self.write_stream(number, dictionary(Type=b"/ObjStm", N=b"%d" % len(header), First=b"%d" % len(head),
                                             Filter=b"/FlateDecode"), zlib.compress(data))

    def finish(self, root: int, info: int | None) -> None:
        """The cross-reference stream and the trailer; every reserved object must have been written."""
        self._pack()
        xref = self.reserve()
        self.where[xref] = self.position
        missing = [n for n in range(1, xref) if self.where[n] == UNWRITTEN]
        if missing:
            raise ValueError(f"objects reserved but never written: {missing[:10]}")
        rows = bytearray(b"\x00\x00\x00\x00\x00\xff\xff")          # object 0: free
        for n in range(1, xref + 1):
            where = self.where[n]
            if where >= 0:
                rows += b"\x01" + where.to_bytes(4, "big") + b"\x00\x00"
            else:
                stream, index = divmod(-where - 1, 65536)
                rows += b"\x02" + stream.to_bytes(4, "big") + index.to_bytes(2, "big")
        document_id = self.digest.hexdigest().encode()     # deterministic: the file's own bytes
        trailer = dictionary(Type=b"/XRef", Size=b"%d" % (xref + 1), W=b"[ 1 4 2 ]", Root=ref(root),
                             **({"Info": ref(info)} if info else {}),
                             ID=b"[ <" + document_id + b"> <" + document_id + b"> ]", Filter=b"/FlateDecode")
        start = self.position
        self.write_stream(xref, trailer, zlib.compress(bytes(rows)))
        self._put(b"startxref\n%d\n%%%%EOF\n" % start)

    def _put(self, data: bytes) -> None:
        self.file.write(data)
        self.digest.update(data)
        self.position += len(data)


UNWRITTEN = -(2 ** 62)


def renumber(text: bytes, number) -> bytes:
    """`text` with every reference "n g R" replaced by "number(n, g) 0 R"."""
    def replace(match):
        if match.group(3) is None:
            return match.group(0)
        return b"%d 0 R" % number(int(match.group(3)), int(match.group(4)))
    return TOKENS.sub(replace, text)


def ref(number: int) -> bytes:
    return b"%d 0 R" % number


def number(value: float) -> bytes:
    return (b"%.4f" % value).rstrip(b"0").rstrip(b".") or b"0"


def string(text: str) -> bytes:
    import pikepdf
    return pikepdf.String(text).unparse()


def array(items) -> bytes:
    return b"[ " + b" ".join(items) + b" ]"


def dictionary(**entries) -> bytes:
    return b"<< " + b" ".join(b"/" + key.encode() + b" " + value for key, value in entries.items()) + b" >>"


# Entries in one leaf of a name or number tree: a viewer reads a leaf at a time.
TREE_LEAF = 256


def number_tree(w, entries) -> bytes:
    """A number tree (the parent tree) of sorted (key, object number) entries; returns its root."""
    return _tree(w, [(b"%d" % key, key, value) for key, value in entries], b"Nums")


def name_tree(w, entries) -> bytes:
    """A name tree of (key as a PDF string, object number) entries in the order of the keys' bytes."""
    return _tree(w, [(key, key, value) for key, value in entries], b"Names")


def _tree(w, entries, kind: bytes) -> bytes:
    def leaf(chunk):
        return b"/" + kind + b" " + array(k + b" " + ref(v) for k, _, v in chunk)
    if len(entries) <= TREE_LEAF:
        return b"<< " + leaf(entries) + b" >>"
    kids = []
    for i in range(0, len(entries), TREE_LEAF):
        chunk = entries[i:i + TREE_LEAF]
        limits = array([chunk[0][0], chunk[-1][0]])
        kids.append(w.add(b"<< " + leaf(chunk) + b" /Limits " + limits + b" >>"))
    return dictionary(Kids=array(ref(k) for k in kids))
