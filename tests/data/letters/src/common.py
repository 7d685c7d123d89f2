"""Standard wording shared by the variants (the letters' boilerplate, not their facts)."""

from __future__ import annotations

from model import Letterhead

LETTERHEAD_EN = Letterhead("PALAIS DES NATIONS • 1211 GENEVA 10, SWITZERLAND")
LETTERHEAD_FR = Letterhead("PALAIS DES NATIONS • 1211 GENÈVE 10, SUISSE")
LETTERHEAD_ES = Letterhead("PALAIS DES NATIONS • 1211 GINEBRA 10, SUIZA")

BILINGUAL_LEFT = [
    "NATIONS UNIES",
    "HAUT COMMISSARIAT AUX DROITS DE L'HOMME",
    "PROCEDURES SPECIALES DU CONSEIL DES DROITS DE L'HOMME",
]
BILINGUAL_RIGHT = [
    "UNITED NATIONS",
    "OFFICE OF THE HIGH COMMISSIONER FOR HUMAN RIGHTS",
    "SPECIAL PROCEDURES OF THE HUMAN RIGHTS COUNCIL",
]
BILINGUAL_ADDRESS = "Mailing address: PALAIS DES NATIONS • 1211 GENEVA 10, SWITZERLAND"


def _we(plural: bool) -> dict[str, str]:
    return {"we": "We" if plural else "I", "we_l": "we" if plural else "I", "our": "our" if plural else "my",
            "us": "us" if plural else "me", "are": "are" if plural else "am",
            "experts": "independent human rights experts" if plural else "an independent human rights expert",
            "mandates": "mandates" if plural else "mandate"}


def special_procedures(plural: bool = True) -> str:
    """The standard paragraph on what Special Procedures are (letters to companies)."""
    w = _we(plural)
    return (
        f"{w['we']} {w['are']} {w['experts']} appointed and mandated by the United Nations Human Rights Council "
        "to report and advise on human rights issues from a thematic or country-specific perspective. "
        f"{w['we']} {w['are']} part of the special procedures system of the United Nations, which has 56 thematic "
        "and country mandates on a broad range of human rights issues. "
        f"{w['we']} {w['are']} sending this letter under the communications procedure of the Special Procedures of "
        "the United Nations Human Rights Council to seek clarification on information "
        f"{w['we_l']} have received. Special Procedures mechanisms can intervene directly "
        "with Governments and other stakeholders (including companies) on allegations of abuses of human rights "
        "that come within their mandates by means of letters, which include urgent appeals, allegation letters, "
        "and other communications. The intervention may relate to a human rights violation that has already "
        "occurred, is ongoing, or which has a high risk of occurring."
    )


def annex_pointer() -> str:
    return (
        "In connection with the above alleged facts and concerns, please refer to the **Annex on Reference to "
        "international human rights law** attached to this letter which cites international human rights "
        "instruments and standards relevant to these allegations."
    )


def questions_intro(plural: bool = True) -> str:
    w = _we(plural)
    return (
        f"As it is {w['our']} responsibility, under the {w['mandates']} provided to {w['us']} by the Human Rights "
        f"Council, to seek to clarify all cases brought to {w['our']} attention, {w['we_l']} would be grateful for "
        "your observations on the following matters:"
    )


def publication(who: str, delay: str = "in 60 days") -> str:
    return (
        f"This communication and any response received from {who} will be made public via the communications "
        f"reporting website {delay}. They will also subsequently be made available in the usual report to be "
        "presented to the Human Rights Council."
    )


def interim_measures() -> str:
    return (
        "While awaiting a reply, we urge that all necessary interim measures be taken to halt the alleged "
        "violations and prevent their re-occurrence and in the event that the investigations support or suggest "
        "the allegations to be correct, to ensure the accountability of any person(s) responsible for the alleged "
        "violations."
    )


def press_release(who: str) -> str:
    return (
        "We may publicly express our concerns in the near future as, in our view, the information upon which the "
        "press release will be based is sufficiently reliable to indicate a matter warranting immediate attention. "
        "We also believe that the wider public should be alerted to the potential implications of the "
        f"above-mentioned allegations. The press release will indicate that we have been in contact with {who} to "
        "clarify the issue/s in question."
    )


def highest_consideration(whom: str, plural: bool = True) -> str:
    return f"Please accept, {whom}, the assurances of {_we(plural)['our']} highest consideration."


FIRST_QUESTION = (
    "Please provide any additional information and/or comment(s) you may have on the above-mentioned allegations."
)


def address_block(*lines: str) -> str:
    """A first-page address block, one line each ("His Excellency Mr. …", "Ambassador …", "Permanent …")."""
    return "\n".join(lines)


GENEVA_OFFICE = "to the United Nations Office and other international organizations in Geneva"


# Mandates several letters share (their official titles, as headers print them after "the").
BUSINESS = "Working Group on the issue of human rights and transnational corporations and other business enterprises"
SLAVERY = "Special Rapporteur on contemporary forms of slavery, including its causes and consequences"
TRAFFICKING = "Special Rapporteur on trafficking in persons, especially women and children"
MIGRANTS = "Special Rapporteur on the human rights of migrants"
DEFENDERS = "Special Rapporteur on the situation of human rights defenders"
TORTURE = "Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment"
HOUSING = ("Special Rapporteur on adequate housing as a component of the right to an adequate standard of living, "
           "and on the right to non-discrimination in this context")

NBSP = "\u00a0"  # French typography: Word puts a no-break space before ":" and ";"


def old_questions_intro() -> str:
    """How letters before about 2017 asked for observations."""
    return (
        "It is our responsibility under the mandates provided to us by the Human Rights Council to seek to "
        "clarify all cases brought to our attention. Since we are expected to report on these cases to the "
        "Human Rights Council, we would be grateful for your cooperation and your observations on the following "
        "matters:"
    )


def annex_pointer_fr(plural: bool = True, bold: bool = False) -> str:
    annex = "**annexe ci-jointe**" if bold else "annexe ci-jointe"
    who = "nous vous prions" if plural else "je vous prie"
    return (
        f"En relation avec les faits allégués ci-dessus, {who} de bien vouloir vous référer à l’{annex}, qui "
        "énonce les textes relatifs aux instruments juridiques et autres standards établis en matière de droits de "
        "l’homme."
    )


def questions_intro_fr(plural: bool = True) -> str:
    if plural:
        return (
            "Comme il est de notre responsabilité, en vertu des mandats qui nous ont été confiés par le Conseil des "
            "droits de l’homme, de chercher à clarifier toutes les allégations portées à notre attention, nous vous "
            f"serions reconnaissants de nous fournir des informations sur les points suivants{NBSP}:"
        )
    return (
        "Comme il est de ma responsabilité, en vertu du mandat qui m’a été confié par le Conseil des droits de "
        "l’homme, de chercher à clarifier toutes les allégations portées à mon attention, je vous serais "
        f"reconnaissante de me fournir des informations sur les points suivants{NBSP}:"
    )
