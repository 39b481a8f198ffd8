"""The seeds are the source texts exactly as received; the edition may grow beyond the first five."""
import hashlib

from conftest import ROOT

EXPECTED = {
    "000_4edf5f139739e8ea.txt": "96c4f9f19d601a13882e051b0f3f89d21272469e7514c59a8cd9def728069f4a",
    "001_390929da6f5f92b9.txt": "9927b46a553548d0ad1aa26ddb77ddb59977ef93bffe552e0a7255f7238d8933",
    "002_7e23618ff14834d7.txt": "7afe9a2c28395eb013c6f95bae4e726d57bd2cc7598ad2e5dee070052c85e25c",
    "003_724e4fe00a8a13f8.txt": "b184fd704e81861594b82e20ed0ac1a46db7d4b6cf8246427238fd2a719e454e",
    "004_f9dcebae1dbd10da.txt": "5ed40824ed17c356f2ef362de342ecfd5a39a563e8c6d2495ca7781a3130ccd2",
}


def test_seeds_are_byte_for_byte_as_received():
    found = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (ROOT / "seeds").iterdir()}
    assert {name: found.get(name) for name in EXPECTED} == EXPECTED


def test_every_seed_is_encoded_by_one_document(edition):
    seeds = sorted(p.name for p in (ROOT / "seeds").iterdir() if p.suffix == ".txt")
    assert sorted(d.seed_file() for d in edition.documents) == seeds
