"""Join the separately laid-out parts of a book into one tagged, archival PDF, a part at a time.

Each part (print.parts) is a complete tagged PDF/A-3u file. The book is written object
by object (print.pdfwriter): a part is opened with pikepdf, its pages and what hangs on
them copied into the book's file with new object numbers, and closed before the next
is opened, so the join holds one part and a few numbers per page, never the book (a
pikepdf document of the whole 20-times book held every structure element of it).
The book keeps of the parts:
- the pages, in order; a body or back page that lands on a verso is moved to a verso's
  margins (its content and link areas shifted) and gets its running head and folio from
  the furniture part, drawn as an artifact (pagination, not content, for PDF/UA); a blank
  page before a back section that begins on a recto is written here;
- one structure tree: the kids of every part's /Document element under one /Document,
  each element keeping its /Lang, /Pg and marked-content ids; pages and annotations are
  renumbered (/StructParents, /StructParent) and the /ParentTree rebuilt for them;
- one table of named destinations, each name pointing at the part that holds it (a
  part anchors the targets of its links to other parts only so that WeasyPrint keeps
  the links, see parts.borrow_link_targets), plus `page-N` for every numbered page;
- the bookmarks of every part, page labels (i, ii, … then 1, 2, …), and the first front
  part's catalog entries: XMP metadata, output intent, language, document information;
- one program of each font, the union of the parts' subsets (print.fontmerge), not one per part.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Catalog entries of the front part that the book keeps (the front is laid out with the
# book's metadata, see builder.BookPlan.metadata).
# The name of the furniture's form among a body page's resources (WeasyPrint's are short names).
FURNITURE = "/Furniture"
FRONT_CATALOG = ("/Metadata", "/OutputIntents", "/MarkInfo", "/ViewerPreferences", "/Lang")


def join(front, body: list, back, furniture, out_path: Path, title: str, lang: str) -> int:
    """Write the book to `out_path` (atomically); returns its number of pages."""
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".tmp", dir=out_path.parent)
    os.close(fd)
    try:
        with open(tmp, "wb") as file:
            pages = Book(file, front, body, back, furniture, title, lang).write()
        from triglot import xmlio
        os.chmod(tmp, 0o666 & ~xmlio._umask())
        os.replace(tmp, out_path)
        return pages
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


class Book:
    """The book's file, written part by part; what stays in memory is a few numbers per page."""

    def __init__(self, file, front, body, back, furniture, title: str, lang: str):
        from triglot.print.fontmerge import FontMerger
        from triglot.print.pdfwriter import Writer
        fronts = front if isinstance(front, list) else [front]
        self.parts = [*fronts, *body, *(back if isinstance(back, list) else [back])]
        self.front = fronts[0]                     # the part with the book's metadata
        self.front_pages = sum(part.pages for part in fronts)
        self.furniture = furniture if isinstance(furniture, list) else [furniture]
        self.margins = [margin for part in self.furniture for margin in part.margins]   # of each body and back page
        self.title, self.lang = title, lang
        self.writer = Writer(file)
        self.fonts = FontMerger(self.writer)
        w = self.writer
        self.catalog, self.page_tree, self.tree_root, self.document = (w.reserve() for _ in range(4))
        self.page_numbers: list[int] = []          # object number of each page of the book
        self.page_tops: list[float] = []
        self.top_elements: list[int] = []          # kids of the book's /Document
        self.parent_tree: list[tuple[int, int]] = []   # (key, object number of the value)
        self.total_pages = sum(part.pages for part in self.parts)
        self.next_annotation = self.total_pages     # annotation keys follow the page keys
        self.dests: dict[str, int] = {}             # name -> object number of its destination
        self.outline: list = []                     # (label, page number, x, y, children, closed)
        self.catalog_entries: dict[str, bytes] = {}
        self.info: int | None = None

    def write(self) -> int:
        import pikepdf
        with Furniture(self.writer, self.furniture, self.fonts) as furniture:
            body_page = 0
            for part in self.parts:
                if part.kind == "blank":
                    body_page = self.add_blank(body_page)
                    continue
                with pikepdf.open(part.path) as src:
                    if part is self.front:
                        self.take_front(src)
                    body_page = self.add_part(part, src, furniture, body_page)
        self.finish()
        return self.total_pages

    def take_front(self, src) -> None:
        """The front part carries the book's metadata: claim PDF/UA on it, keep its catalog entries."""
        from triglot.print import conformance
        conformance.claim(src, self.title, self.lang)
        copier = Copier(self.writer, src, {})
        for key in FRONT_CATALOG:
            if key in src.Root:
                self.catalog_entries[key] = copier.text(src.Root[key])
        if "/Info" in src.trailer:
            self.info = copier.ref(src.trailer.Info)
        copier.flush()

    def add_part(self, part, src, furniture, body_page: int) -> int:
        """Copy the pages of `part` and what hangs on them; returns the next body page's number."""
        import pikepdf
        base = len(self.page_numbers)
        redirect = {src.Root.objgen: self.catalog, **self.fonts.take(src)}
        for page in src.pages:
            redirect[page.obj.Parent.objgen] = self.page_tree
        root = src.Root.StructTreeRoot
        documents = list(root.K) if isinstance(root.K, pikepdf.Array) else [root.K]
        redirect[root.objgen] = self.document
        for document in documents:
            redirect[document.objgen] = self.document        # parts' top elements now belong to the book's
        shifts: dict[int, float] = {}
        if part.kind in ("body", "back"):       # laid out not knowing where they begin (print.parts)
            for k, page in enumerate(src.pages):
                shift = self.margins[body_page] - part.margins[k]
                placeholder = add_furniture(src, page, shift)
                redirect[placeholder.objgen] = furniture.form(body_page)
                shifts[k] = shift
                body_page += 1
        renumbered = self.renumber_structure(src, root, base, part.pages)
        copier = Copier(self.writer, src, redirect)
        page_index = {}
        for k, page in enumerate(src.pages):
            self.page_numbers.append(copier.ref(page.obj))
            self.page_tops.append(float(page.mediabox[3]))
            self.media_box = page.obj.MediaBox.unparse(resolved=True)
            page_index[page.obj.objgen] = k
        for document in documents:
            for kid in document.K:
                self.top_elements.append(copier.ref(kid))
        for key, value in renumbered:
            self.parent_tree.append((key, copier.indirect(value)))
        for name, dest in named_destinations(src):
            if name not in part.borrowed and name not in self.dests:
                k = page_index.get(dest[0].objgen) if len(dest) > 2 else None
                self.dests[name] = copier.indirect(shifted_destination(dest, shifts.get(k, 0)))
        copier.flush()
        self.outline += outline_items(part.bookmarks, base, {base + k: s for k, s in shifts.items()})
        return body_page

    def add_blank(self, body_page: int) -> int:
        """A blank page of the back matter (builder.BookPlan.place_back): no content, no
        furniture (a blank page has no running head or folio), an empty entry in the parent
        tree as a blank page of a part has; returns the next page's number after the body's start."""
        from triglot.print.pdfwriter import dictionary, ref
        w, key = self.writer, len(self.page_numbers)
        self.page_numbers.append(w.add(dictionary(Type=b"/Page", Parent=ref(self.page_tree), MediaBox=self.media_box,
                                                  Resources=b"<< >>", StructParents=b"%d" % key)))
        self.page_tops.append(self.page_tops[-1])
        self.parent_tree.append((key, w.add(b"[ ]")))
        return body_page + 1

    def renumber_structure(self, src, root, base: int, pages: int) -> list:
        """Page keys of the part's parent tree become the book's page numbers, annotation keys
        follow the book's pages; returns (new key, value) for every entry."""
        nums = root.ParentTree.Nums
        entries, renumbered = [], {}
        for i in range(0, len(nums), 2):
            key, value = int(nums[i]), nums[i + 1]
            if key < pages:
                entries.append((base + key, value))
                src.pages[key].obj.StructParents = base + key
            else:
                renumbered[key] = self.next_annotation
                entries.append((self.next_annotation, value))
                self.next_annotation += 1
        for page in src.pages:
            for annotation in page.obj.get("/Annots", ()):
                if "/StructParent" in annotation and int(annotation.StructParent) in renumbered:
                    annotation.StructParent = renumbered[int(annotation.StructParent)]
        return entries

    def finish(self) -> None:
        """The objects that name the whole book: page tree, structure root, parent tree,
        destinations, outline, page labels, catalog; then the cross-reference table."""
        from triglot.print.pdfwriter import array, dictionary, name_tree, number_tree, ref, string
        from triglot.print.pdfwriter import number as num
        w = self.writer
        w.write(self.page_tree, dictionary(Type=b"/Pages", Kids=array(ref(n) for n in self.page_numbers),
                                           Count=str(len(self.page_numbers)).encode()))
        w.write(self.document, dictionary(Type=b"/StructElem", S=b"/Document", P=ref(self.tree_root),
                                          K=array(ref(n) for n in self.top_elements)))
        parent_tree = w.add(number_tree(w, sorted(self.parent_tree)))
        w.write(self.tree_root, dictionary(Type=b"/StructTreeRoot", K=array([ref(self.document)]),
                                           ParentTree=ref(parent_tree),
                                           ParentTreeNextKey=str(self.next_annotation).encode()))
        front_pages = self.front_pages
        for number, page in enumerate(self.page_numbers[front_pages:], 1):
            top = num(self.page_tops[front_pages + number - 1])
            self.dests.setdefault(f"page-{number}", w.add(array([ref(page), b"/XYZ", b"0", top, b"0"])))
        names = sorted(self.dests, key=lambda n: n.encode("utf-8"))     # name trees are sorted by bytes
        dests = w.add(name_tree(w, [(string(n), self.dests[n]) for n in names]))
        entries = dict(self.catalog_entries)
        entries.update({
            "/Type": b"/Catalog", "/Pages": ref(self.page_tree), "/StructTreeRoot": ref(self.tree_root),
            "/Names": dictionary(Dests=ref(dests)),
            "/PageLabels": dictionary(Nums=array([b"0", dictionary(S=b"/r"),
                                                  str(front_pages).encode(), dictionary(S=b"/D")])),
        })
        if self.outline:
            entries["/Outlines"] = ref(write_outline(w, self.outline, self.page_numbers))
        self.fonts.finish()
        w.write(self.catalog, b"<< " + b" ".join(k.encode() + b" " + v for k, v in entries.items()) + b" >>")
        w.finish(root=self.catalog, info=self.info)


class Copier:
    """Objects of one open part written into the book, each once, with the book's numbers."""

    def __init__(self, writer, src, redirect: dict):
        self.writer, self.src = writer, src
        self.numbers: dict[tuple[int, int], int] = dict(redirect)   # (number, generation) in src -> in book
        self.queue: list[tuple[int, int]] = []

    def ref(self, obj) -> int:
        """The book's number of the indirect object `obj` (copied when the queue is flushed)."""
        objgen = obj.objgen
        number = self.numbers.get(objgen)
        if number is None:
            number = self.numbers[objgen] = self.writer.reserve()
            self.queue.append(objgen)
        return number

    def text(self, obj) -> bytes:
        """`obj` written out as the book's file has it: references renumbered."""
        from triglot.print.pdfwriter import renumber
        if obj.is_indirect:
            return b"%d 0 R" % self.ref(obj)
        return renumber(obj.unparse(resolved=True), self._number)

    def indirect(self, obj) -> int:
        """The book's number of `obj`, written as an object of its own if it is direct."""
        if obj.is_indirect:
            return self.ref(obj)
        return self.writer.add(self.text(obj))

    def _number(self, number: int, generation: int) -> int:
        objgen = (number, generation)
        if objgen not in self.numbers:
            return self.ref(self.src.get_object(objgen))
        return self.numbers[objgen]

    def flush(self) -> None:
        """Write every object referred to so far, and what those refer to."""
        import pikepdf

        from triglot.print.pdfwriter import LENGTH, renumber
        while self.queue:
            objgen = self.queue.pop()
            obj = self.src.get_object(objgen)
            number = self.numbers[objgen]
            if isinstance(obj, pikepdf.Stream):
                data = obj.read_raw_bytes()
                stream_dict = LENGTH.sub(b"", obj.stream_dict.unparse(resolved=True))   # the writer sets it
                self.writer.write_stream(number, renumber(stream_dict, self._number), data)
            else:
                self.writer.write(number, renumber(obj.unparse(resolved=True), self._number))


class Furniture:
    """The running heads and folios of the body and back: one form XObject per page, written once,
    from the furniture parts opened one at a time as the body's pages ask for them."""

    def __init__(self, writer, parts, fonts):
        self.writer, self.parts, self.fonts = writer, parts, fonts
        self.pdf = self.copier = None
        self.first = self.current = 0          # body page of the open part's first page; its index

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.pdf is not None:
            self.pdf.close()

    def form(self, body_page: int) -> int:
        import pikepdf
        while self.pdf is None or body_page >= self.first + self.parts[self.current].pages:
            if self.pdf is not None:
                self.pdf.close()
                self.first += self.parts[self.current].pages
                self.current += 1
            self.pdf = pikepdf.open(self.parts[self.current].path)
            self.copier = Copier(self.writer, self.pdf, self.fonts.take(self.pdf))
        number = self.copier.ref(self.pdf.pages[body_page - self.first].as_form_xobject())
        self.copier.flush()
        return number


def add_furniture(src, page, shift: float):
    """Move the page's content by `shift` points and draw the furniture over it as an artifact.

    The furniture is a form written into the book apart from the part: the page refers to
    a placeholder object of the part, which the copier turns into the form's number."""
    import pikepdf
    placeholder = src.make_indirect(pikepdf.Dictionary())
    resources = pikepdf.Dictionary({k: v for k, v in page.obj.Resources.items()})   # its own: shared before
    resources.XObject = pikepdf.Dictionary({k: v for k, v in resources.get("/XObject", {}).items()})
    page.obj.Resources = resources
    name = page.add_resource(placeholder, pikepdf.Name.XObject, name=pikepdf.Name(FURNITURE))   # not random: reproducible
    # the part's content leaves its own transformation (WeasyPrint's y-axis flip) in force:
    # it is kept inside q … Q so that the furniture is drawn in the page's own space
    page.contents_add(f"q 1 0 0 1 {shift:.4f} 0 cm\n".encode(), prepend=True)
    page.contents_add(b"\nQ\n")
    if shift:
        for annotation in page.obj.get("/Annots", ()):
            x1, y1, x2, y2 = (float(v) for v in annotation.Rect)
            annotation.Rect = pikepdf.Array([x1 + shift, y1, x2 + shift, y2])
    page.contents_add(b"/Artifact BMC q " + bytes(name) + b" Do Q EMC\n")
    return placeholder


def named_destinations(src):
    """(name, destination) for every named destination of the part."""
    import pikepdf
    names = src.Root.get("/Names")
    if names is None or "/Dests" not in names:
        return
    yield from pikepdf.NameTree(names.Dests).items()


def shifted_destination(dest, shift: float):
    import pikepdf
    if shift and len(dest) > 2 and dest[1] == pikepdf.Name.XYZ:
        return pikepdf.Array([dest[0], dest[1], float(dest[2]) + shift, *list(dest)[3:]])
    return dest


def outline_items(bookmarks, base: int, shifts: dict) -> list:
    """WeasyPrint's bookmark tree of a part starting at book page `base`, with book page numbers."""
    items = []
    for label, (page, x, y), children, state in bookmarks:
        items.append((label, base + page, x + shifts.get(base + page, 0), y,
                      outline_items(children, base, shifts), state == "closed"))
    return items


def write_outline(w, items, page_numbers) -> int:
    """The outline (bookmarks) as PDF outline item objects; returns the outline root's number."""
    from triglot.print.pdfwriter import dictionary, number as num, ref, string
    root = w.reserve()

    def level(items, parent) -> tuple[int, int, int]:
        numbers = [w.reserve() for _ in items]
        visible = 0
        for i, (label, page, x, y, children, closed) in enumerate(items):
            fields = {"Title": string(label), "Parent": ref(parent),
                      "Dest": b"[ %s /XYZ %s %s 0 ]" % (ref(page_numbers[page]), num(x), num(y))}
            if i:
                fields["Prev"] = ref(numbers[i - 1])
            if i + 1 < len(items):
                fields["Next"] = ref(numbers[i + 1])
            if children:
                first, last, count = level(children, numbers[i])
                fields.update(First=ref(first), Last=ref(last), Count=str(-count if closed else count).encode())
                visible += 0 if closed else count
            w.write(numbers[i], dictionary(**fields))
        return numbers[0], numbers[-1], visible + len(items)

    first, last, count = level(items, root)
    w.write(root, dictionary(Type=b"/Outlines", First=ref(first), Last=ref(last), Count=str(count).encode()))
    return root
