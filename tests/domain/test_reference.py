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
