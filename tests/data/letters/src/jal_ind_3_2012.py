"""Follow-up joint allegation letter: loose citations of the earlier appeal, typed numbered sections."""

from __future__ import annotations

from datetime import date

from common import (
    BILINGUAL_ADDRESS,
    BILINGUAL_LEFT,
    BILINGUAL_RIGHT,
    DEFENDERS,
    TORTURE,
    address_block,
    highest_consideration,
)
from model import BilingualLetterhead, DateLine, Heading, Letter, Mandates, Para, Questions, Reference, Signatures

JUDGES = "Special Rapporteur on the independence of judges and lawyers"
GOVERNMENT = "your Excellency’s Government"
MISSION = "Permanent Mission of India to the United Nations Office at Geneva"

LETTER = Letter(
    name="JAL_IND_3_2012",
    summary="Follow-up joint allegation letter citing the earlier appeal loosely",
    features=[
        'reference "JAL G/SO 214 (33-27) G/SO 214 (107-9) IND 3/2012" (short file codes) on two centred lines',
        'cites the earlier appeal as "UA IND 14 / 2011" (spaces round the slash) and "(Case no. IND 14/2011)": '
        "one cited reference; dates of the narrative written d/m/yyyy (\"5/7/2011\")",
        'sections typed by hand "1. Relevance of …", "2. …" (no Word numbering): NOT questions; the questions '
        'follow "the following matters:", typed "1." too',
        'publication "after 48 hours" and no reply deadline asked: reply_due = date + 60 days',
        'an address block that names the mission itself: "His Excellency Mr. …" / "Ambassador and Permanent '
        'Representative" / "Permanent Mission of India to …"',
        "no annex; a page-2-only copy as a sharing site gives it, whose last question cites \"(IND 14/2011)\"",
    ],
    language="en",
    footer=address_block("His Excellency Mr. Vikram Exampleswamy", "Ambassador and Permanent Representative", MISSION),
    blocks=[
        BilingualLetterhead(BILINGUAL_LEFT, BILINGUAL_RIGHT, BILINGUAL_ADDRESS),
        Mandates(f"Mandates of the {DEFENDERS}; the {JUDGES}; and the {TORTURE}"),
        Reference("REFERENCE:", "JAL G/SO 214 (33-27) G/SO 214 (107-9) IND 3/2012"),
        DateLine("12 March 2012"),
        Para("Excellency,"),
        Para(
            f"We have the honour to address you in our capacities as {DEFENDERS}; {JUDGES}; and {TORTURE}, "
            "pursuant to Human Rights Council resolutions 16/5, 17/2 and 16/23."
        ),
        Para(
            "In this connection, we would like to follow up on our urgent appeal UA IND 14 / 2011 of 5/7/2011 "
            "concerning Mr. Arjun Testkumar, a lawyer representing families of disappeared persons, and to bring "
            f"to the attention of {GOVERNMENT} new information we have received in this regard."
        ),
        Heading("Relevance of the response of your Excellency’s Government", auto=False),
        Para(
            f"We thank {GOVERNMENT} for its response dated 5/9/2011 (Case no. IND 14/2011), which stated that "
            "Mr. Testkumar had been questioned as a witness and released the same day, and that no complaint of "
            "ill-treatment had been received from him."
        ),
        Para(
            "The response did not, however, address the allegation that Mr. Testkumar had been held for two days "
            "without access to a lawyer, nor the threats reportedly made against him during his questioning."
        ),
        Heading("New information received", auto=False),
        Para("According to the information received:"),
        Para(
            "On 20 January 2012, Mr. Testkumar was reportedly arrested again at the district court where he was "
            "representing the family of a disappeared man, and taken to a police station in Exampleganj.",
            role="allegation",
        ),
        Para(
            "During the night, he was reportedly beaten on the soles of his feet and told that he would "
            "\u201cdisappear like his clients\u201d unless he withdrew his petitions. He was released on "
            "23 January 2012 without charge, and a medical certificate issued the next day reportedly records "
            "bruises and swelling consistent with his account.",
            role="allegation",
        ),
        Para(
            "Since his release, two of his clients have reportedly withdrawn their petitions after visits from "
            "police officers to their homes.",
            role="allegation",
        ),
        Heading("Concerns", auto=False),
        Para(
            "While we do not wish to prejudge the accuracy of these allegations, we express grave concern at the "
            "renewed arrest and alleged ill-treatment of Mr. Testkumar, which appear to be related to his work as "
            "a lawyer, and at the pressure reportedly put on the families he represents. Lawyers must be able to "
            "perform their professional functions without intimidation, hindrance or harassment."
        ),
        Para(
            "It is our responsibility, under the mandates provided to us by the Human Rights Council, to seek to "
            "clarify all cases brought to our attention. We would therefore be grateful for your observations on "
            "the following matters:"
        ),
        Questions(
            [
                "Please provide any additional information and/or comment(s) you may have on the above-mentioned "
                "allegations.",
                "Please provide information on the legal basis for the arrest of Mr. Testkumar on 20 January 2012.",
                "Please provide information on any investigation into the alleged ill-treatment of Mr. Testkumar, "
                "and on its results.",
                "Please indicate what measures have been taken to protect Mr. Testkumar and his clients against "
                "further threats and reprisals.",
                "Please explain why the response to our earlier communication (IND 14/2011) did not address the "
                "allegation that Mr. Testkumar had been held without access to a lawyer.",
            ],
            style="1.",
            auto=False,
        ),
        Para(
            f"This communication and any response received from {GOVERNMENT} will be made public via the "
            "communications reporting website after 48 hours. They will also subsequently be made available in the "
            "usual report to be presented to the Human Rights Council."
        ),
        Para(
            "While awaiting a reply, we urge that all necessary interim measures be taken to halt the alleged "
            "violations and prevent their re-occurrence."
        ),
        Para(highest_consideration("Excellency")),
        Signatures([
            ("Amélie Testpersonne", DEFENDERS),
            ("Gustavo Ejemplar", JUDGES),
            ("Hamish Sampleford", TORTURE),
        ]),
    ],
    reference="JAL IND 3/2012",
    date=date(2012, 3, 12),
    addressee="Mr. Vikram Exampleswamy",
    addressee_title="Ambassador and Permanent Representative",
    organisation=MISSION,
    mandates=[DEFENDERS, JUDGES, TORTURE],
    hrc_resolutions=["16/5", "17/2", "16/23"],
    cited_references=["UA IND 14/2011"],
    text_copies=["txt", "page2"],
    # Page 2 alone: no header, salutation, introduction or footer; the questions, the closing and the
    # signatures are all there, and a question cites the earlier communication without its type.
    copy_expected={"page2": {
        "reference": None, "reference_parts": None, "date": None, "reply_due": None, "addressee": None,
        "addressee_title": None, "organisation": None, "mandates": [], "hrc_resolutions": [],
        "cited_references": ["IND 14/2011"],
    }},
    must_not_appear_in_body=["PALAIS DES NATIONS", "Ambassador and Permanent Representative"],
)
