"""The print edition: parallel-text PDF books typeset by WeasyPrint from print XHTML.

`builder.build(edition, out_dir, options)` writes one PDF per book (en–ru, en–hy,
en–ru–hy by default). The body is laid out once; page numbers for the contents, the
chronology and the indexes are read from the laid-out pages, not from CSS counters.
"""
