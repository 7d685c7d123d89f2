"""Follow-up letter with numbered sections (not questions), a bare earlier reference and a split question."""

from __future__ import annotations

from datetime import date

from common import (
    FIRST_QUESTION,
    LETTERHEAD_EN,
    MIGRANTS,
    SLAVERY,
    TRAFFICKING,
    annex_pointer,
    highest_consideration,
    interim_measures,
    publication,
    questions_intro,
)
from model import Annex, DateLine, Heading, Letter, Mandates, Para, Questions, Reference, Signatures

GOVERNMENT = "Your Excellency's Government"

LETTER = Letter(
    name="AL_GBR_7_2020",
    summary="Follow-up allegation letter to a State, with numbered sections",
    features=[
        'cites its predecessor without the type: "our communication GBR 3/2019" (cited_references '
        '["GBR 3/2019"]); the reply to it is cited by date only',
        'sections numbered by Word auto-numbering ("1. Background", "2. New information received", '
        '"3. Concerns"): NOT questions',
        'the questions come after "we would be grateful for your observations on the following matters:", in '
        'a second auto-numbered list that restarts at "1."',
        "question 4 runs over a page break (page number and a footnote sit between its two halves in the PDF)",
        "two real footnotes; a female Permanent Representative (\"Her Excellency Ms. …\")",
        "similar letters to companies only: \"letters expressing similar concerns are also sent to Meadowtest "
        'Farms Ltd. and Crosslane Staffing Services Ltd."',
        "annex citing ICCPR article 8, ICESCR article 7, the Palermo Protocol and ILO Convention No. 29",
    ],
    language="en",
    footer="Her Excellency Ms. Julia Testington, Ambassador, Permanent Representative of the United Kingdom of "
           "Great Britain and Northern Ireland to the United Nations Office at Geneva",
    blocks=[
        LETTERHEAD_EN,
        Mandates(f"Mandates of the {SLAVERY}; the {TRAFFICKING}; and the {MIGRANTS}"),
        Reference("REFERENCE:", "AL GBR 7/2020"),
        DateLine("9 October 2020"),
        Para("Excellency,"),
        Para(
            f"We have the honour to address you in our capacities as {SLAVERY}; {TRAFFICKING}; and {MIGRANTS}, "
            "pursuant to Human Rights Council resolutions 42/10, 44/4 and 43/6."
        ),
        Para(
            "In this connection, we would like to follow up on our communication GBR 3/2019, dated 18 April 2019, "
            "concerning allegations of forced labour and trafficking in persons affecting migrant workers in the "
            f"seasonal agricultural sector, and to bring to the attention of {GOVERNMENT} new information we have "
            "received in this regard. We thank Your Excellency's Government for its reply dated 14 June 2019.^[The "
            "reply is available on the communications reporting website together with our communication.]"
        ),
        Heading("Background"),
        Para(
            "In our previous communication, we expressed concern about reports that seasonal workers recruited "
            "abroad for fruit farms were charged recruitment fees, housed in overcrowded accommodation and paid "
            "less than the statutory minimum wage once deductions were made."
        ),
        Para(
            "The communication also referred to allegations that workers who raised concerns about their conditions "
            "had been threatened with the loss of future seasonal contracts, and that the short duration of seasonal "
            "visas left them little opportunity to seek redress before leaving the country. We asked for information "
            "on the number of inspections carried out on farms employing seasonal workers, on the sanctions imposed "
            "on labour providers found in breach of their licence conditions, and on the avenues available to "
            "workers to recover unpaid wages after their return to their countries of origin."
        ),
        Para(
            f"In its reply, {GOVERNMENT} indicated that labour providers in the agricultural sector must hold a "
            "licence, that licences are subject to inspections, and that workers may not be charged fees for "
            "finding them work. It also described the guidance given to farms employing seasonal workers, and stated "
            "that an independent review of the seasonal workers scheme would be published in due course."
        ),
        Heading("New information received"),
        Para("According to the information received:"),
        Para(
            "In July 2020, at least 40 seasonal workers employed on a fruit farm operated by Meadowtest Farms Ltd. "
            "reportedly had their passports retained by a recruitment intermediary, Crosslane Staffing Services "
            "Ltd., which allegedly held them as security for recruitment fees of up to 3,000 pounds per worker.",
            role="allegation",
        ),
        Para(
            "The workers were reportedly housed in caravans shared by up to eight persons, and charges for "
            "accommodation, transport and equipment were deducted from their wages, leaving some of them with less "
            "than half of the statutory minimum wage for the hours worked. Several workers reportedly worked more "
            "than 70 hours a week during the harvest. Drinking water was reportedly supplied from a tank that was "
            "refilled irregularly.",
            role="allegation",
        ),
        Para(
            "On 4 August 2020, a group of workers who complained to the farm's management were reportedly told that "
            "they would be sent home without pay if they continued to complain. One of them, Mr. Andrei Exemplu, "
            "was reportedly dismissed the following day and asked to leave his accommodation within 24 hours. The "
            "workers are said to be afraid of approaching the authorities because their visas are tied to the farm. "
            "Other workers reportedly decided to remain silent for fear of losing the income on which their "
            "families depend.",
            role="allegation",
        ),
        Heading("Concerns"),
        Para(
            "While we do not wish to prejudge the accuracy of these allegations, we are concerned that the retention "
            "of identity documents, the charging of recruitment fees, excessive deductions from wages and threats "
            "of dismissal may amount to indicators of forced labour^[International Labour Organization, ILO "
            "Indicators of Forced Labour, Geneva, 2012.] and trafficking in persons for the purpose of labour "
            "exploitation. We are further concerned that these allegations arise despite the measures described in "
            "the reply of Your Excellency's Government to our communication GBR 3/2019."
        ),
        Para(annex_pointer()),
        Para(questions_intro()),
        Questions([
            FIRST_QUESTION,
            "Please provide information on any inspection or investigation carried out in relation to the retention "
            "of passports and the charging of recruitment fees at the farm operated by Meadowtest Farms Ltd., and "
            "on their results.",
            "Please indicate what measures have been taken to ensure that the affected workers, including "
            "Mr. Exemplu, have access to effective remedies, including the recovery of unpaid wages and of "
            "unlawfully charged fees, irrespective of their immigration status.",
            "Please explain what steps have been taken since our communication GBR 3/2019 to strengthen the "
            "licensing and monitoring of recruitment intermediaries supplying seasonal workers, and to ensure that "
            "the prohibition of charging recruitment fees to workers is effectively enforced, including when such "
            "fees are charged in the countries of origin.",
            "Please provide information on the measures taken to identify victims of trafficking among seasonal "
            "migrant workers and to ensure their referral to protection and assistance services, without "
            "conditioning such assistance on their cooperation with criminal proceedings.",
            "Please indicate whether the Government is considering allowing seasonal workers to change employer "
            "without losing their immigration status.",
        ]),
        Para(publication(GOVERNMENT)),
        Para(interim_measures()),
        Para(
            "Please note that letters expressing similar concerns are also sent to Meadowtest Farms Ltd. and "
            "Crosslane Staffing Services Ltd."
        ),
        Para(highest_consideration("Excellency")),
        Signatures([
            ("Kenji Sampleton", SLAVERY),
            ("Aoife Testwell", TRAFFICKING),
            ("Felipe Mockford", MIGRANTS),
        ]),
        Annex(
            "Annex",
            "Reference to international human rights law",
            [
                "In connection with above alleged facts and concerns, we would like to recall article 8 of the "
                "International Covenant on Civil and Political Rights, ratified by the United Kingdom on 20 May "
                "1976, which prohibits slavery, servitude and forced or compulsory labour.",
                "We also refer to article 7 of the International Covenant on Economic, Social and Cultural Rights, "
                "ratified by the United Kingdom on 20 May 1976, which recognizes the right of everyone to the "
                "enjoyment of just and favourable conditions of work, including fair wages, safe and healthy "
                "working conditions and reasonable limitation of working hours.",
                "We further recall the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially "
                "Women and Children, which requires States to take measures to protect the victims of trafficking, "
                "and the Forced Labour Convention, 1930 (No. 29), which requires States to suppress the use of "
                "forced or compulsory labour in all its forms.",
            ],
        ),
    ],
    reference="AL GBR 7/2020",
    date=date(2020, 10, 9),
    addressee="Ms. Julia Testington",
    addressee_title="Ambassador, Permanent Representative of the United Kingdom of Great Britain and Northern "
                    "Ireland to the United Nations Office at Geneva",
    organisation="Permanent Mission of the United Kingdom of Great Britain and Northern Ireland to the United "
                 "Nations Office at Geneva",
    mandates=[SLAVERY, TRAFFICKING, MIGRANTS],
    hrc_resolutions=["42/10", "44/4", "43/6"],
    annex_cites=["ICCPR article 8", "ICESCR article 7", "Palermo Protocol", "ILO C029"],
    similar_letters_to=["Meadowtest Farms Ltd.", "Crosslane Staffing Services Ltd."],
    cited_references=["GBR 3/2019"],
    text_copies=["txt"],
    must_not_appear_in_body=["PALAIS DES NATIONS", "Permanent Representative of the United Kingdom",
                             "The reply is available", "ILO Indicators of Forced Labour"],
    split_question=3,
)
