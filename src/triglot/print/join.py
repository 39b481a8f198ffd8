"""Join the separately laid-out parts of a book into one tagged, archival PDF (pikepdf).

Each part (print.parts) is a complete tagged PDF/A-3u file. The book keeps of them:
- the pages, in order; a body page that lands on a verso is moved to a verso's margins
  (its content and link areas shifted) and gets its running head and folio from the
  furniture part, drawn as an artifact (pagination, not content, for PDF/UA);
- one structure tree: the kids of every part's /Document element under one /Document,
  each element keeping its /Lang, /Pg and marked-content ids; pages and annotations are
  renumbered (/StructParents, /StructParent) and the /ParentTree rebuilt for them;
- one table of named destinations, each name pointing at the part that holds it (a
  part anchors the targets of its links to other parts only so that WeasyPrint keeps
  the links, see parts.borrow_link_targets), plus `page-N` for every numbered page;
- the bookmarks of every part, page labels (i, ii, … then 1, 2, …), and the front
  part's catalog entries: XMP metadata, output intent, language, document information.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def join(front, body: list, back, furniture, out_path: Path, title: str, lang: str) -> int:
    """Write the book to `out_path` (atomically); returns its number of pages."""
    import pikepdf

    from triglot.print import conformance
    parts = [front, *body, back]
    sources = [pikepdf.open(part.path) for part in parts]
    furniture_pdf = pikepdf.open(furniture.path)
    try:
        out = pikepdf.new()
        first = sources[0]
        for key in ("/Metadata", "/OutputIntents", "/MarkInfo", "/ViewerPreferences", "/Lang"):
            if key in first.Root:
                out.Root[key] = foreign(out, first, first.Root[key])
        out.trailer.Info = foreign(out, first, first.trailer.Info)
        tree = Tree(out, sum(part.pages for part in parts))
        dests: dict[str, pikepdf.Array] = {}
        outline: list = []
        body_page = 0
        for part, src in zip(parts, sources):
            base = len(out.pages)
            for page in src.pages:
                out.pages.append(page)
            shifts = {}
            if part.kind == "body":
                for k in range(part.pages):
                    shift = furniture.margins[body_page] - part.margins[k]
                    add_furniture(out, out.pages[base + k], furniture_pdf.pages[body_page], shift)
                    shifts[out.pages[base + k].obj.objgen] = shift
                    body_page += 1
            tree.add(src, base, part.pages)
            for name, dest in named_destinations(out, src):
                if name not in part.borrowed and name not in dests:
                    dests[name] = shifted_destination(dest, shifts)
            outline += outline_items(out, part.bookmarks, base, shifts)
        front_pages = front.pages
        for number, page in enumerate(out.pages[front_pages:], 1):
            top = float(page.mediabox[3])
            dests.setdefault(f"page-{number}", pikepdf.Array([page.obj, pikepdf.Name.XYZ, 0, top, 0]))
        tree.finish()
        write_destinations(out, dests)
        with out.open_outline() as tree_of_outlines:
            tree_of_outlines.root.extend(outline)
        out.Root.PageLabels = pikepdf.Dictionary(Nums=pikepdf.Array([
            0, pikepdf.Dictionary(S=pikepdf.Name.r),
            front_pages, pikepdf.Dictionary(S=pikepdf.Name.D)]))
        conformance.claim(out, title, lang)
        save(out, Path(out_path), first.pdf_version)
        return len(out.pages)
    finally:
        furniture_pdf.close()
        for src in sources:
            src.close()


class Tree:
    """The book's structure tree, built from the parts' trees as their pages are added."""

    def __init__(self, out, total_pages: int):
        import pikepdf
        self.out = out
        self.parent_tree: list = []                # (key, value), keys in order
        self.next_annotation = total_pages          # annotation keys follow the page keys
        self.document = out.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.StructElem, S=pikepdf.Name.Document, K=pikepdf.Array()))
        self.root = out.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.StructTreeRoot, K=pikepdf.Array([self.document])))
        self.document.P = self.root

    def add(self, src, base: int, pages: int) -> None:
        """The tree of `src`, whose pages are now the book's pages base, base + 1, …"""
        import pikepdf
        root = foreign(self.out, src, src.Root.StructTreeRoot)
        documents = root.K if isinstance(root.K, pikepdf.Array) else [root.K]
        for document in documents:
            for kid in document.K:
                kid.P = self.document
                self.document.K.append(kid)
        nums = root.ParentTree.Nums
        self.adopt_orphans(nums, {d.objgen for d in documents} | {root.objgen})
        renumbered = {}
        for i in range(0, len(nums), 2):
            key, value = int(nums[i]), nums[i + 1]
            if key < pages:
                self.parent_tree.append((base + key, value))
                self.out.pages[base + key].obj.StructParents = base + key
            else:
                renumbered[key] = self.next_annotation
                self.parent_tree.append((self.next_annotation, value))
                self.next_annotation += 1
        for page in self.out.pages[base:base + pages]:
            for annotation in page.obj.get("/Annots", ()):
                if "/StructParent" in annotation and int(annotation.StructParent) in renumbered:
                    annotation.StructParent = renumbered[int(annotation.StructParent)]

    def adopt_orphans(self, nums, part_roots: set) -> None:
        """Elements that WeasyPrint makes for the running heads of a part with its own page
        furniture (front, back) have a parent but are not among its kids; their parent
        becomes the book's /Document, so that nothing refers to the part's own tree."""
        import pikepdf
        for i in range(1, len(nums), 2):
            for element in (nums[i] if isinstance(nums[i], pikepdf.Array) else [nums[i]]):
                node = element
                while isinstance(node, pikepdf.Dictionary) and "/P" in node:
                    if node.P.objgen in part_roots:
                        node.P = self.document
                        break
                    node = node.P

    def finish(self) -> None:
        import pikepdf
        nums = pikepdf.Array()
        for key, value in sorted(self.parent_tree, key=lambda kv: kv[0]):
            nums.append(key)
            nums.append(value)
        self.root.ParentTree = self.out.make_indirect(pikepdf.Dictionary(Nums=nums))
        self.root.ParentTreeNextKey = self.next_annotation
        self.out.Root.StructTreeRoot = self.root


def add_furniture(out, page, furniture_page, shift: float) -> None:
    """Move the page's content by `shift` points and draw the furniture over it as an artifact."""
    import pikepdf
    form = out.copy_foreign(furniture_page.as_form_xobject())
    resources = pikepdf.Dictionary({k: v for k, v in page.obj.Resources.items()})   # its own: shared before
    resources.XObject = pikepdf.Dictionary({k: v for k, v in resources.get("/XObject", {}).items()})
    page.obj.Resources = resources
    name = page.add_resource(form, pikepdf.Name.XObject, prefix="Furniture")
    # the part's content leaves its own transformation (WeasyPrint's y-axis flip) in force:
    # it is kept inside q … Q so that the furniture is drawn in the page's own space
    page.contents_add(f"q 1 0 0 1 {shift:.4f} 0 cm\n".encode(), prepend=True)
    page.contents_add(b"\nQ\n")
    if shift:
        for annotation in page.obj.get("/Annots", ()):
            x1, y1, x2, y2 = (float(v) for v in annotation.Rect)
            annotation.Rect = pikepdf.Array([x1 + shift, y1, x2 + shift, y2])
    page.contents_add(b"/Artifact BMC q " + bytes(name) + b" Do Q EMC\n")


def named_destinations(out, src):
    """(name, destination copied into `out`) for every named destination of the part."""
    import pikepdf
    names = src.Root.get("/Names")
    if names is None or "/Dests" not in names:
        return
    for name, dest in pikepdf.NameTree(foreign(out, src, names.Dests)).items():
        yield name, dest


def foreign(out, src, obj):
    """`obj` of `src` copied into `out` (what it refers to with it, each object once)."""
    import pikepdf
    if isinstance(obj, (pikepdf.Dictionary, pikepdf.Array, pikepdf.Stream)):
        return out.copy_foreign(obj if obj.is_indirect else src.make_indirect(obj))
    return obj      # a name, string or number is a value, not an object of the file


def shifted_destination(dest, shifts: dict):
    import pikepdf
    shift = shifts.get(dest[0].objgen, 0) if len(dest) > 2 else 0
    if shift and dest[1] == pikepdf.Name.XYZ:
        dest = pikepdf.Array([dest[0], dest[1], float(dest[2]) + shift, *list(dest)[3:]])
    return dest


def write_destinations(out, dests: dict) -> None:
    """One flat name tree of destinations, sorted as PDF name trees must be (by bytes)."""
    import pikepdf
    names = pikepdf.Array()
    for name in sorted(dests, key=lambda n: n.encode("utf-8")):
        names.append(pikepdf.String(name))
        names.append(dests[name])
    out.Root.Names = pikepdf.Dictionary(Dests=out.make_indirect(pikepdf.Dictionary(Names=names)))


def outline_items(out, bookmarks, base: int, shifts: dict) -> list:
    """pikepdf outline items for WeasyPrint's bookmark tree of a part starting at page `base`."""
    import pikepdf
    items = []
    for label, (page, x, y), children, state in bookmarks:
        shift = shifts.get(out.pages[base + page].obj.objgen, 0)
        item = pikepdf.OutlineItem(label, base + page, "XYZ", left=x + shift, top=y)
        item.children.extend(outline_items(out, children, base, shifts))
        item.is_closed = state == "closed"
        items.append(item)
    return items


def save(out, path: Path, version: str) -> None:
    """Save through a temporary file in the same folder: the old book stays until the new is whole
    (as xmlio.atomic_write, but pikepdf writes the file itself instead of returning its bytes)."""
    import pikepdf

    from triglot import xmlio
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        out.save(tmp, min_version=version, deterministic_id=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.generate)
        os.chmod(tmp, 0o666 & ~xmlio._umask())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise

