import pytest

from reviewdesk.domain.reference import Reference, ReferenceError, find_references, parse_reference


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AL OTH 78/2021", "AL OTH 78/2021"),
        ("REFERENCE:\nAL  OTH\n 78 / 2021", "AL OTH 78/2021"),
        ("UA Housing (2000-9) G/SO 214 (53-24) SYR 3/2014", "UA SYR 3/2014"),
        ("OL SLV 8.2021", "OL SLV 8/2021"),
        ("JUA CHN 5/2015", "JUA CHN 5/2015"),
        ("jal  gbr 12/2012", "JAL GBR 12/2012"),
        ("our communication GBR 3/2019", "GBR 3/2019"),
    ],
)
def test_parse_reference_loose_forms(text, expected):
    assert str(parse_reference(text)) == expected


def test_parts_and_matching_ignore_legacy_prefix_and_missing_type():
    ref = parse_reference("JAL CHN 1/2015")
    assert ref.as_dict() == {"type": "JAL", "country": "CHN", "number": 1, "year": 2015}
    assert ref.matches(Reference("AL", "CHN", 1, 2015))
    assert ref.matches(Reference(None, "CHN", 1, 2015))
    assert not ref.matches(Reference("UA", "CHN", 1, 2015))


def test_several_references_in_order_and_no_false_positives():
    text = "Related: AL GBR 2/2020, UA GBR 5/2020. REFERENCE: AL GBR 7/2020. Call 0800 123/2020 or ABC 5/2020."
    found = [str(m.reference) for m in find_references(text)]
    assert found == ["AL GBR 2/2020", "UA GBR 5/2020", "AL GBR 7/2020"]
    assert find_references("AL XYZ 1/2020") == []  # XYZ is no country code


def test_not_a_reference_raises():
    with pytest.raises(ReferenceError):
        parse_reference("hello world")


@pytest.mark.parametrize(("text", "expected"), [
    # Pre-2017 file codes, up to ~120 characters, broken over lines with the country code below.
    ("UA Health (2002-7) Food (2000-9) G/SO 214 (53-24) Water (2008-1) Housing (2000-9) LBN 5/2015", "UA LBN 5/2015"),
    ("REFERENCE: UA Health (2002-7) Food (2000-9) G/SO 214 (53-24) Water (2008-1)\nHousing (2000-9)\nLBN 5/2015",
     "UA LBN 5/2015"),
    ("RÉFÉRENCE : JAL G/SO 218/2 G/SO 214 (67-17) Assembly & Association (2010-1) G/SO 214 (107-9)\nDZA 4/2016",
     "JAL DZA 4/2016"),
    ("JOL Terrorism (2005-80) KEN 3/2014", "JOL KEN 3/2014"),
    ("UA IND 14 / 2011", "UA IND 14/2011"),
    ("Case no. IND 14/2011", "IND 14/2011"),
])
def test_file_codes_and_listing_forms(text, expected):
    assert str(parse_reference(text)) == expected


def test_file_codes_are_recognised_by_their_shape_not_by_a_list():
    # Codes never seen before, of the same shape, are skipped the same way.
    assert str(parse_reference("UA Waste (2011-3) Toxics (1995-12) G/SO 214 (9-9) Elderly (2013-7) PER 2/2016")) \
        == "UA PER 2/2016"
    # Prose or another reference in between: the type does not belong to this country code.
    assert find_references("UA, the Government replied, GBR 3/2019") == []
    assert [str(m.reference) for m in find_references("UA 10/2019, AL 11/2019 and GBR 3/2019", allow_bare=True)] \
        == ["GBR 3/2019"]


def test_reference_search_is_linear_on_long_lines():
    import time

    text = "UA " + "(2000-1) " * 200_000 + "LBN 5/2015 " + "x " * 500_000
    started = time.monotonic()
    assert [str(m.reference) for m in find_references(text, allow_bare=True)] == ["LBN 5/2015"]
    assert time.monotonic() - started < 5
