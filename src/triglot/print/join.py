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

The join is made in three steps, each as soon as its parts are laid out, in whichever
process is free (builder.finish_book): the body's parts while the back matter is laid out,
the back's while the front is, then the front's and the objects that name the whole book.
Between steps the book (class Book: the file's name, offsets and a few numbers per page)
goes from one process to the next; on one core the join was the build's last minute at
100 times the edition, one process copying every part after the last was laid out.
"""
from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

# Catalog entries of the front part that the book keeps (the front is laid out with the
# book's metadata, see builder.BookPlan.metadata).
# The name of the furniture's form among a body page's resources (WeasyPrint's are short names).
FURNITURE = "/Furniture"
FRONT_CATALOG = ("/Metadata", "/OutputIntents", "/MarkInfo", "/ViewerPreferences", "/Lang")


def add_parts(book: Book, parts: list, furniture: list) -> Book:
    """The book with `parts` (the body's, then the back matter's) copied to the end of its file;
    `furniture`: the furniture parts of their pages. Returned to be sent on to the next step,
    which may run in another process: the book's state is a few numbers per page."""
    with book.opened():
        book.add_parts(parts, furniture)
    return book


def finish_book(book: Book, front: list, out_path: Path, title: str, lang: str) -> int:
    """The front matter copied, the objects that name the whole book written, the file put
    in its place; returns the book's number of pages."""
    out_path = Path(out_path)
    try:
        with book.opened():
            book.add_front(front, title, lang)
            book.finish()
        from triglot import xmlio
        os.chmod(book.path, 0o666 & ~xmlio._umask())
        os.replace(book.path, out_path)
        return book.total_pages
    except BaseException:
        if os.path.exists(book.path):
            os.unlink(book.path)
        raise


class Book:
    """The book's file, written part by part; what stays in memory is a few numbers per page.

    The front matter is laid out last (its contents lists the pages of the body and the back)
    but comes first, so the body's and the back's pages are copied before it is known: keys of
    the parent tree are given in the order pages and annotations are copied (a number tree
    need not follow the pages' order), and what the book lists in page order (its page tree,
    its structure's top elements, outline, destinations) is kept per section and put in
    order when the book is finished."""

    SECTIONS = ("front", "body", "back")

    def __init__(self, path: Path, writer):
        from triglot.print.fontmerge import FontMerger
        self.path = Path(path)
        self.writer = writer
        self.fonts = FontMerger(self.writer)
        w = self.writer
        self.catalog, self.page_tree, self.tree_root, self.document = (w.reserve() for _ in range(4))
        self.page_numbers = {s: [] for s in self.SECTIONS}    # object number of each page, per section
        self.page_tops = {s: [] for s in self.SECTIONS}
        self.top_elements = {s: [] for s in self.SECTIONS}    # kids of the book's /Document
        self.dests = {s: {} for s in self.SECTIONS}           # name -> object number of its destination
        self.outline = {s: [] for s in self.SECTIONS}         # (label, page object, x, y, children, closed)
        self.parent_tree: list[tuple[int, int]] = []          # (key, object number of the value)
        self.next_key = 0                                      # of the parent tree, in the order copied
        self.margins: list[float] = []                         # of each body and back page, from the furniture
        self.body_pages = 0                                    # body and back pages copied
        self.catalog_entries: dict[str, bytes] = {}
        self.info: int | None = None
        self.media_box = None
        self.cpu = self.seconds = 0.0                          # spent by the steps so far

    @classmethod
    def begin(cls, path: Path) -> Book:
        """A new book file at `path` (removed with the build's parts if the build fails)."""
        from triglot.print.pdfwriter import Writer
        with open(path, "wb") as file:
            book = cls(path, Writer(file))
        book.writer.checkpoint()
        book.writer.file = None
        return book

    @contextlib.contextmanager
    def opened(self):
        """The book's file open for appending, the step's time counted; the writer's digest is
        brought to a checkpoint at the end so that the state can go to another process."""
        started, cpu = time.perf_counter(), time.process_time()
        with open(self.path, "ab") as file:
            self.writer.file = file
            yield self
            self.writer.checkpoint()
            self.writer.file = None
        self.cpu += time.process_time() - cpu
        self.seconds += time.perf_counter() - started

    @property
    def total_pages(self) -> int:
        return sum(len(pages) for pages in self.page_numbers.values())

    def add_parts(self, parts: list, furniture_parts: list) -> None:
        import pikepdf
        self.margins += [margin for part in furniture_parts for margin in part.margins]
        with Furniture(self.writer, furniture_parts, self.fonts, first=self.body_pages) as furniture:
            for part in parts:
                if part.kind == "blank":
                    self.add_blank()
                    continue
                with pikepdf.open(part.path) as src:
                    self.add_part(part, src, furniture, "body" if part.kind == "body" else "back")

    def add_front(self, parts: list, title: str, lang: str) -> None:
        """The front matter's parts; the first carries the book's metadata."""
        import pikepdf
        for part in parts:
            with pikepdf.open(part.path) as src:
                if part is parts[0]:
                    self.take_front(src, title, lang)
                self.add_part(part, src, None, "front")

    def take_front(self, src, title: str, lang: str) -> None:
        """The front part carries the book's metadata: claim PDF/UA on it, keep its catalog entries."""
        from triglot.print import conformance
        conformance.claim(src, title, lang)
        copier = Copier(self.writer, src, {})
        for key in FRONT_CATALOG:
            if key in src.Root:
                self.catalog_entries[key] = copier.text(src.Root[key])
        if "/Info" in src.trailer:
            self.info = copier.ref(src.trailer.Info)
        copier.flush()

    def add_part(self, part, src, furniture, section: str) -> None:
        """Copy the pages of `part` and what hangs on them to the end of `section`."""
        import pikepdf
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
                shift = self.margins[self.body_pages] - part.margins[k]
                placeholder = add_furniture(src, page, shift)
                redirect[placeholder.objgen] = furniture.form(self.body_pages)
                shifts[k] = shift
                self.body_pages += 1
        renumbered = self.renumber_structure(src, root, part.pages)
        copier = Copier(self.writer, src, redirect)
        page_index, numbers = {}, []
        for k, page in enumerate(src.pages):
            numbers.append(copier.ref(page.obj))
            self.page_tops[section].append(float(page.mediabox[3]))
            self.media_box = page.obj.MediaBox.unparse(resolved=True)
            page_index[page.obj.objgen] = k
        self.page_numbers[section] += numbers
        for document in documents:
            for kid in document.K:
                self.top_elements[section].append(copier.ref(kid))
        for key, value in renumbered:
            self.parent_tree.append((key, copier.indirect(value)))
        dests = self.dests[section]
        for name, dest in named_destinations(src):
            if name not in part.borrowed and name not in dests:
                k = page_index.get(dest[0].objgen) if len(dest) > 2 else None
                dests[name] = copier.indirect(shifted_destination(dest, shifts.get(k, 0)))
        copier.flush()
        self.outline[section] += outline_items(part.bookmarks, numbers, shifts)

    def add_blank(self) -> None:
        """A blank page of the back matter (builder.BookPlan.place_back): no content, no
        furniture (a blank page has no running head or folio), an empty entry in the parent
        tree as a blank page of a part has."""
        from triglot.print.pdfwriter import dictionary, ref
        w, key = self.writer, self.next_key
        self.next_key += 1
        self.page_numbers["back"].append(w.add(dictionary(Type=b"/Page", Parent=ref(self.page_tree),
                                                          MediaBox=self.media_box, Resources=b"<< >>",
                                                          StructParents=b"%d" % key)))
        self.page_tops["back"].append(self.page_tops["back"][-1] if self.page_tops["back"]
                                      else self.page_tops["body"][-1])
        self.parent_tree.append((key, w.add(b"[ ]")))
        self.body_pages += 1

    def renumber_structure(self, src, root, pages: int) -> list:
        """The part's parent tree with the book's keys, given in order: its pages', then its
        annotations'; returns (new key, value) for every entry."""
        nums = root.ParentTree.Nums
        entries, renumbered = [], {}
        page_keys = {key: self.next_key + key for key in range(pages)}
        self.next_key += pages
        for i in range(0, len(nums), 2):
            key, value = int(nums[i]), nums[i + 1]
            if key < pages:
                entries.append((page_keys[key], value))
            else:
                renumbered[key] = self.next_key
                entries.append((self.next_key, value))
                self.next_key += 1
        for k, page in enumerate(src.pages):
            page.obj.StructParents = page_keys[k]
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
        pages = [n for s in self.SECTIONS for n in self.page_numbers[s]]
        w.write(self.page_tree, dictionary(Type=b"/Pages", Kids=array(ref(n) for n in pages),
                                           Count=str(len(pages)).encode()))
        w.write(self.document, dictionary(Type=b"/StructElem", S=b"/Document", P=ref(self.tree_root),
                                          K=array(ref(n) for s in self.SECTIONS for n in self.top_elements[s])))
        parent_tree = w.add(number_tree(w, sorted(self.parent_tree)))
        w.write(self.tree_root, dictionary(Type=b"/StructTreeRoot", K=array([ref(self.document)]),
                                           ParentTree=ref(parent_tree),
                                           ParentTreeNextKey=str(self.next_key).encode()))
        dests: dict[str, int] = {}
        for section in self.SECTIONS:            # a name the front holds is the front's, as the first part's
            for name, number in self.dests[section].items():
                dests.setdefault(name, number)
        numbered = self.page_numbers["body"] + self.page_numbers["back"]
        tops = self.page_tops["body"] + self.page_tops["back"]
        for number, (page, top) in enumerate(zip(numbered, tops), 1):
            dests.setdefault(f"page-{number}", w.add(array([ref(page), b"/XYZ", b"0", num(top), b"0"])))
        names = sorted(dests, key=lambda n: n.encode("utf-8"))     # name trees are sorted by bytes
        tree = w.add(name_tree(w, [(string(n), dests[n]) for n in names]))
        front_pages = len(self.page_numbers["front"])
        entries = dict(self.catalog_entries)
        entries.update({
            "/Type": b"/Catalog", "/Pages": ref(self.page_tree), "/StructTreeRoot": ref(self.tree_root),
            "/Names": dictionary(Dests=ref(tree)),
            "/PageLabels": dictionary(Nums=array([b"0", dictionary(S=b"/r"),
                                                  str(front_pages).encode(), dictionary(S=b"/D")])),
        })
        outline = [item for s in self.SECTIONS for item in self.outline[s]]
        if outline:
            entries["/Outlines"] = ref(write_outline(w, outline))
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

    def __init__(self, writer, parts, fonts, first: int = 0):
        self.writer, self.parts, self.fonts = writer, parts, fonts
        self.pdf = self.copier = None
        self.first, self.current = first, 0    # body page of the open part's first page; its index

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


def outline_items(bookmarks, pages: list[int], shifts: dict) -> list:
    """WeasyPrint's bookmark tree of a part, with the book's object numbers of its `pages`
    (`shifts`: by page index in the part)."""
    items = []
    for label, (page, x, y), children, state in bookmarks:
        items.append((label, pages[page], x + shifts.get(page, 0), y,
                      outline_items(children, pages, shifts), state == "closed"))
    return items


def write_outline(w, items) -> int:
    """The outline (bookmarks) as PDF outline item objects; returns the outline root's number."""
    from triglot.print.pdfwriter import dictionary, number as num, ref, string
    root = w.reserve()

    def level(items, parent) -> tuple[int, int, int]:
        numbers = [w.reserve() for _ in items]
        visible = 0
        for i, (label, page, x, y, children, closed) in enumerate(items):
            fields = {"Title": string(label), "Parent": ref(parent),
                      "Dest": b"[ %s /XYZ %s %s 0 ]" % (ref(page), num(x), num(y))}
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
