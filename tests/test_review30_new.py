"""review30's second read of hostile41's `triglot new` fixes (session 30): one behaviour each."""


def test_new_refuses_a_path_through_a_dangling_symbolic_link(tmp_path, cli):
    """`triglot new LINK/edition`, LINK pointing nowhere: hostile41 refused the link named alone, but
    a link further up the path was still resolved and the edition made at its target, elsewhere on
    the disk (GNU `mkdir -p LINK/edition` refuses: the link's name exists)."""
    elsewhere = tmp_path / "elsewhere"
    (tmp_path / "work").mkdir()
    (tmp_path / "work" / "link").symlink_to(elsewhere)
    code, out, err = cli("new", tmp_path / "work" / "link" / "edition")
    assert code != 0 and not elsewhere.exists(), (out, err)
    assert err.splitlines() == [f"{tmp_path}/work/link:0: new: a symbolic link to {elsewhere}, which does not "
                                "exist; nothing written (give the folder itself)"]
