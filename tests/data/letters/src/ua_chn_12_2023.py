"""Urgent appeal to a State: "Excellency,", a Permanent Representative footer, questions (a)…, 48 hours."""

from __future__ import annotations

from datetime import date

from common import (
    FIRST_QUESTION,
    LETTERHEAD_EN,
    annex_pointer,
    highest_consideration,
    interim_measures,
    press_release,
    publication,
    questions_intro,
)
from model import Annex, DateLine, Letter, Mandates, Para, Questions, Reference, Signatures

GOVERNMENT = "Your Excellency's Government"

LETTER = Letter(
    name="UA_CHN_12_2023",
    summary="Urgent appeal to a State",
    features=[
        '"Excellency," salutation: the addressee comes from the first-page footer only',
        "footer \"His Excellency Mr. …, Ambassador …, Permanent Representative of …\" -> "
        "organisation \"Permanent Mission of …\"",
        'questions labelled "(a)", "(b)"… by Word auto-numbering (the labels are only in the PDF text)',
        'reply "within 48 hours" (and "after 48 hours" for publication): reply_due = date + 2 days',
        "annex citing ICCPR articles 9 and 14, the Convention against Torture and its Committee's general comment "
        "No. 3 by name (-> CAT/C/GC/3)",
        "four mandates, four HRC resolutions, a signatory title that wraps onto two lines",
    ],
    language="en",
    footer="His Excellency Mr. Chen Exampleton, Ambassador Extraordinary and Plenipotentiary, Permanent "
           "Representative of the People's Republic of China to the United Nations Office at Geneva",
    blocks=[
        LETTERHEAD_EN,
        Mandates(
            "Mandates of the Working Group on Arbitrary Detention; the Special Rapporteur on the promotion and "
            "protection of the right to freedom of opinion and expression; the Special Rapporteur on the situation "
            "of human rights defenders; and the Special Rapporteur on torture and other cruel, inhuman or degrading "
            "treatment or punishment"
        ),
        Reference("REFERENCE:", "UA CHN 12/2023"),
        DateLine("14 November 2023"),
        Para("Excellency,"),
        Para(
            "We have the honour to address you in our capacities as Working Group on Arbitrary Detention; Special "
            "Rapporteur on the promotion and protection of the right to freedom of opinion and expression; Special "
            "Rapporteur on the situation of human rights defenders; and Special Rapporteur on torture and other "
            "cruel, inhuman or degrading treatment or punishment, pursuant to Human Rights Council resolutions 51/8, "
            "52/9, 52/4 and 52/7."
        ),
        Para(
            f"In this connection, we would like to bring to the attention of {GOVERNMENT} information we have "
            "received concerning the arrest and incommunicado detention of Ms. Lin Testperson, an environmental "
            "blogger, since 6 November 2023, and concerning fears that she may be at risk of torture or other "
            "ill-treatment."
        ),
        Para("According to the information received:"),
        Para(
            "Ms. Lin Testperson is a blogger who has written for several years about water pollution affecting "
            "farming villages downstream of industrial parks. Her posts, published under her own name, reportedly "
            "documented the discolouration of irrigation canals and collected the testimonies of residents who "
            "attributed illnesses to the contamination.",
            role="allegation",
        ),
        Para(
            "On 6 November 2023, at approximately 7 a.m., around ten persons, some in police uniform and others in "
            "plain clothes, reportedly arrived at Ms. Testperson's apartment, confiscated her laptop and mobile "
            "telephone and took her away without presenting a warrant. Her family was not informed of the reasons "
            "for her arrest or of her place of detention.",
            role="allegation",
        ),
        Para(
            "On 9 November 2023, Ms. Testperson's relatives reportedly received an oral notification that she had "
            "been placed under \u201cresidential surveillance at a designated location\u201d on suspicion of "
            "\u201cpicking quarrels and provoking trouble\u201d. A lawyer retained by the family, Mr. Wang "
            "Samplewood, was reportedly denied access to her on two occasions.",
            role="allegation",
        ),
        Para(
            "According to a former detainee who was reportedly held in the same facility, persons held there are "
            "subjected to prolonged interrogation sessions and sleep deprivation, and are made to sit on a fixed "
            "chair for long periods. Ms. Testperson reportedly suffers from a heart condition which requires daily "
            "medication, and it is not known whether she has access to it.",
            role="allegation",
        ),
        Para(
            "While we do not wish to prejudge the accuracy of these allegations, we express our serious concern at "
            "the arrest and incommunicado detention of Ms. Testperson, which appears to be directly related to her "
            "peaceful exercise of the right to freedom of expression and to her work in defence of the right to a "
            "healthy environment. We are further concerned that her detention at an undisclosed location, without "
            "access to a lawyer of her choice or to her family, places her at heightened risk of torture and other "
            "ill-treatment, and that her health may be seriously endangered if she is deprived of her medication."
        ),
        Para(
            f"In view of the urgency of the matter, we would appreciate a response on the initial steps taken by "
            f"{GOVERNMENT} to safeguard the rights of the above-mentioned person in compliance with international "
            "instruments."
        ),
        Para(annex_pointer()),
        Para(questions_intro()),
        Questions(
            [
                FIRST_QUESTION,
                "Please provide information on the factual and legal basis for the arrest and continued detention of "
                "Ms. Testperson, including the precise charges brought against her, and explain how these measures "
                "are compatible with international human rights norms and standards.",
                "Please indicate the exact place where Ms. Testperson is currently held, and provide information on "
                "the measures taken to ensure that she has prompt and regular access to a lawyer of her choice, to "
                "her family and to the medical care and medication she requires.",
                "Please provide information on any investigation or medical examination carried out regarding the "
                "allegations that persons held at the same facility have been subjected to sleep deprivation and "
                "other forms of ill-treatment. If no such investigation has been initiated, please explain why.",
                "Please indicate what measures have been taken to ensure that human rights defenders, including "
                "those working on environmental issues, can carry out their legitimate work in a safe and enabling "
                "environment without fear of threats or acts of intimidation and harassment of any sort.",
            ],
            style="(a)",
        ),
        Para(
            "We would appreciate receiving a response within 48 hours. "
            + publication(GOVERNMENT, "after 48 hours")
        ),
        Para(interim_measures()),
        Para(press_release(GOVERNMENT)),
        Para(highest_consideration("Excellency")),
        Signatures([
            ("Tomasz Fakename", "Chair-Rapporteur of the Working Group on Arbitrary Detention"),
            ("Priya Samplewala", "Special Rapporteur on the promotion and protection of the right to freedom of "
                                 "opinion and expression"),
            ("Jonas Placeholder", "Special Rapporteur on the situation of human rights defenders"),
            ("Adaeze Testwell", "Special Rapporteur on torture and other cruel, inhuman or degrading treatment or "
                                "punishment"),
        ]),
        Annex(
            "Annex",
            "Reference to international human rights law",
            [
                f"In connection with above alleged facts and concerns, we would like to draw the attention of "
                f"{GOVERNMENT} to articles 9 and 14 of the International Covenant on Civil and Political Rights, "
                "which guarantee the right not to be arbitrarily deprived of liberty and the right to a fair trial. "
                "While China has signed but not yet ratified the Covenant, we recall that, as a signatory State, it "
                "is obliged to refrain from acts which would defeat the object and purpose of the treaty.",
                "We further recall that the prohibition of torture and other cruel, inhuman or degrading treatment "
                "or punishment is an absolute and non-derogable norm of international law, codified in the "
                "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment, ratified "
                "by China on 4 October 1988. Prolonged incommunicado detention, or detention in a secret place, may "
                "in itself amount to such treatment. In its general comment No. 3 (2012), the Committee against "
                "Torture recalled that victims are entitled to redress, including rehabilitation.",
                "We also wish to stress that the deprivation of liberty of a person as a result of the peaceful "
                "exercise of the right to freedom of opinion and expression is arbitrary, and that access to a "
                "lawyer from the outset of detention and the right of detained persons to communicate with their "
                "family are essential safeguards against arbitrary detention and ill-treatment.",
            ],
        ),
    ],
    reference="UA CHN 12/2023",
    date=date(2023, 11, 14),
    reply_hours=48,
    addressee="Mr. Chen Exampleton",
    addressee_title="Ambassador Extraordinary and Plenipotentiary, Permanent Representative of the People's "
                    "Republic of China to the United Nations Office at Geneva",
    organisation="Permanent Mission of the People's Republic of China to the United Nations Office at Geneva",
    mandates=[
        "Working Group on Arbitrary Detention",
        "Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression",
        "Special Rapporteur on the situation of human rights defenders",
        "Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment",
    ],
    hrc_resolutions=["51/8", "52/9", "52/4", "52/7"],
    annex_cites=["CAT/C/GC/3", "ICCPR article 9", "ICCPR article 14", "CAT"],
    must_not_appear_in_body=["PALAIS DES NATIONS", "Ambassador Extraordinary and Plenipotentiary"],
    text_copies=["txt", "flat"],
)
