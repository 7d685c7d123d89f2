"""2023+ other letter from one mandate: "Ref.:" on a line of its own, the date on the "Excellency," line."""

from __future__ import annotations

from datetime import date

from common import GENEVA_OFFICE, LETTERHEAD_EN, address_block, highest_consideration, publication
from model import Annex, Letter, Mandates, Para, Questions, Reference, SalutationDate, Signatures

MANDATE = "Special Rapporteur on the right to privacy"
GOVERNMENT = "your Excellency’s Government"

LETTER = Letter(
    name="OL_PRT_2_2024",
    summary="2023+ other letter with a \"Ref.:\" line, from one mandate",
    features=[
        '"Ref.: OL PRT 2/2024" flush left on a line of its own, then "(Please use this reference in your '
        'reply)" in small print; in the text copy the "Ref.:" line stands alone between blank lines',
        'the date right-aligned on the "Excellency," line: "Excellency,<tab>8 March 2024"',
        f'one mandate: "Mandate of the {MANDATE}" and "I write in my capacity as …"',
        'questions "a)" by Word numbering; the last one shares its paragraph with "This communication and any '
        'response received … will be made public … in 60 days" (not part of the question)',
        "three-line address block; no similar letters",
        "annex citing ICCPR article 17 by abbreviation, \"article 2, paragraph 1, of the Covenant\" (the ICCPR, "
        "named before), general comment No. 16 by name (-> CCPR/C/GC/16), General Assembly and Council "
        "resolutions by number (-> A/RES/68/167, A/HRC/RES/48/4) and a report symbol",
    ],
    language="en",
    footer=address_block(
        "His Excellency Mr. Rui Exemplo",
        "Ambassador Extraordinary and Plenipotentiary",
        f"Permanent Representative of Portugal {GENEVA_OFFICE}",
    ),
    blocks=[
        LETTERHEAD_EN,
        Mandates(f"Mandate of the {MANDATE}"),
        Reference("Ref.:", "OL PRT 2/2024", layout="line", note="(Please use this reference in your reply)"),
        SalutationDate("Excellency,", "8 March 2024"),
        Para(
            f"I write in my capacity as {MANDATE}, pursuant to Human Rights Council resolution 55/3."
        ),
        Para(
            "In this connection, I would like to offer some comments on the draft law on the use of remote "
            "biometric identification in publicly accessible spaces, which was submitted to the Assembly of the "
            "Republic in January 2024."
        ),
        Para("According to the information received:"),
        Para(
            "The draft law would allow the police to operate cameras with real-time facial recognition in streets, "
            "stations and stadiums, for the prevention of any offence punishable by more than three years of "
            "imprisonment. Images would be compared against a database of wanted persons and of persons "
            "considered to pose a risk to public order.",
            role="allegation",
        ),
        Para(
            "The draft reportedly sets no limit on the number of cameras or on the duration of their use, and "
            "entrusts the authorisation of each deployment to the police commander of the district concerned. "
            "Data on persons who are not matched would be kept for 90 days, and no independent body would "
            "review the lists of persons considered to pose a risk.",
            role="allegation",
        ),
        Para(
            "While I do not wish to prejudge the compatibility of the draft law with international human rights "
            "law, I am concerned that the real-time identification of everyone passing in front of a camera, "
            "without prior independent authorisation and without clear limits, may amount to indiscriminate mass "
            "surveillance, and may deter people from exercising their rights to freedom of expression and of "
            "peaceful assembly."
        ),
        Para(
            "In connection with the above concerns, please refer to the **Annex on Reference to international "
            "human rights law** attached to this letter which cites international human rights instruments and "
            "standards relevant to these concerns."
        ),
        Para(
            "As it is my responsibility, under the mandate provided to me by the Human Rights Council, to seek to "
            f"clarify all matters brought to my attention, I would be grateful for the observations of "
            f"{GOVERNMENT} on the following matters:"
        ),
        Questions(
            [
                "Please provide any additional information and/or comment(s) you may have on the above-mentioned "
                "concerns.",
                "Please explain how the deployment of real-time facial recognition under the draft law would meet "
                "the requirements of legality, necessity and proportionality.",
                "Please indicate which independent authority, if any, would authorise and oversee each deployment, "
                "and how persons wrongly identified could obtain redress.",
                "Please indicate whether an assessment of the impact of the draft law on human rights has been "
                "carried out, and whether civil society has been consulted.",
            ],
            style="a)",
            tail=publication(GOVERNMENT),
        ),
        Para(
            "I would welcome the opportunity to discuss the draft law with the authorities and remain available to "
            "provide technical assistance."
        ),
        Para(highest_consideration("Excellency", plural=False)),
        Signatures([("Hannelore Beispielmann", MANDATE)]),
        Annex(
            "Annex",
            "Reference to international human rights law",
            [
                "In connection with the above concerns, I would like to draw the attention of your Excellency’s "
                "Government to article 17 of the ICCPR, ratified by Portugal on 15 June 1978, which protects "
                "everyone against arbitrary or unlawful interference with their privacy, and to article 2, "
                "paragraph 1, of the Covenant, which requires States to respect and ensure these rights without "
                "distinction of any kind.",
                "In its general comment No. 16 (1988), the Human Rights Committee stated that any interference with "
                "privacy must be provided for by law, and that the law must specify in detail the precise "
                "circumstances in which such interference may be permitted.",
                "I would also like to recall General Assembly resolution 68/167 and Human Rights Council resolution "
                "48/4 on the right to privacy in the digital age, and the report of the United Nations High "
                "Commissioner for Human Rights on the same subject (A/HRC/39/29), which recommends that remote "
                "biometric recognition in public spaces not be used unless it is shown to comply with privacy and "
                "data protection standards.",
            ],
        ),
    ],
    reference="OL PRT 2/2024",
    date=date(2024, 3, 8),
    addressee="Mr. Rui Exemplo",
    addressee_title=f"Ambassador Extraordinary and Plenipotentiary, Permanent Representative of Portugal {GENEVA_OFFICE}",
    organisation=f"Permanent Mission of Portugal {GENEVA_OFFICE}",
    mandates=[MANDATE],
    hrc_resolutions=["55/3"],
    annex_cites=["CCPR/C/GC/16", "A/RES/68/167", "A/HRC/RES/48/4", "A/HRC/39/29", "ICCPR article 17",
                 "ICCPR article 2"],
    text_copies=["txt", "shared"],
    must_not_appear_in_body=["PALAIS DES NATIONS", "Ambassador Extraordinary and Plenipotentiary"],
)
